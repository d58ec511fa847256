package io.quotewire.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * After a partitioned step, brings the job execution the job holds up to date with the database. A stop asked from
 * another process writes the job execution (status STOPPING, a new version); each partition's chunk boundary reads
 * that back, but into the job execution of the partition's own step execution, not into the one the job updates
 * next, and that update then failed on the stale version instead of ending the run STOPPED.
 */
public class JobExecutionResync implements StepExecutionListener {
    private final JobRepository jobRepository;

    public JobExecutionResync(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        JobExecution job = stepExecution.getJobExecution();
        JobExecution stored = jobRepository.getJobExecution(job.getId());
        if (stored != null && stored.getVersion() != null
                && (job.getVersion() == null || stored.getVersion() > job.getVersion())) {
            job.setVersion(stored.getVersion());
            // STOPPING (or a later status) written by the other process wins over STARTED, as Batch's own
            // synchronisation does
            job.upgradeStatus(stored.getStatus());
        }
        return null;
    }
}
