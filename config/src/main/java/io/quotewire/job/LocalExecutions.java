package io.quotewire.job;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** The job executions running in this process, so a shutdown can stop them cleanly before the JVM goes. */
public class LocalExecutions implements JobExecutionListener {
    private final List<JobExecution> running = new CopyOnWriteArrayList<>();

    @Override
    public void beforeJob(JobExecution jobExecution) {
        running.add(jobExecution);
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        running.remove(jobExecution);
    }

    public List<JobExecution> running() {
        return List.copyOf(running);
    }
}
