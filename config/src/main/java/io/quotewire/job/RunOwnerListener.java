package io.quotewire.job;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;

/** Records which process owns each job execution (table run_owner), before any step starts. */
public class RunOwnerListener implements JobExecutionListener {
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final RunOwner owner;

    public RunOwnerListener(JdbcTemplate jdbc, Clock clock, RunOwner owner) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.owner = owner;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        jdbc.update("DELETE FROM run_owner WHERE job_execution_id = ?", jobExecution.getId());
        jdbc.update("INSERT INTO run_owner (job_execution_id, host, pid, started_at) VALUES (?, ?, ?, ?)",
                jobExecution.getId(), owner.host(), owner.pid(), Timestamp.from(clock.instant()));
    }

    /** The owner recorded for an execution, if any. */
    public static Optional<RunOwner> ownerOf(JdbcTemplate jdbc, long jobExecutionId) {
        return jdbc.query("SELECT host, pid FROM run_owner WHERE job_execution_id = ?",
                (rs, n) -> new RunOwner(rs.getString(1), rs.getLong(2)), jobExecutionId).stream().findFirst();
    }
}
