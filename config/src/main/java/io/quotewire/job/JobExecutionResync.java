package io.quotewire.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After a partitioned step, brings the job execution the job holds up to date with the database. A stop asked from
 * another process writes the job execution (status STOPPING, a new version); each partition's chunk boundary reads
 * that back, but into the job execution of the partition's own step execution, not into the one the job updates
 * next, and that update then failed on the stale version instead of ending the run STOPPED.
 */
public class JobExecutionResync implements StepExecutionListener {
    private final JdbcTemplate jdbc;

    public JobExecutionResync(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        JobExecution job = stepExecution.getJobExecution();
        jdbc.query("SELECT VERSION, STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", rs -> {
            int version = rs.getInt(1);
            BatchStatus status = BatchStatus.valueOf(rs.getString(2));
            if (job.getVersion() == null || version > job.getVersion()) {
                job.setVersion(version);
                // STOPPING (or a later status) written by the other process wins over STARTED, as Batch's own
                // synchronisation does
                job.upgradeStatus(status);
            }
        }, job.getId());
        return null;
    }
}
