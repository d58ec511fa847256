package io.quotewire.job;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * What runs in this process, as the live objects Spring Batch runs with, so that a shutdown can stop it cleanly
 * before the JVM goes: the job executions, and the partitions of the analyze step. A worker process (quotewire
 * worker) has partitions and no job execution of its own.
 */
public class LocalExecutions implements JobExecutionListener, StepExecutionListener {
    private final List<JobExecution> running = new CopyOnWriteArrayList<>();
    private final List<StepExecution> partitions = new CopyOnWriteArrayList<>();

    @Override
    public void beforeJob(JobExecution jobExecution) {
        running.add(jobExecution);
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        running.remove(jobExecution);
    }

    /** Registered on the analyze step's worker step: a partition starts. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        partitions.add(stepExecution);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        partitions.remove(stepExecution);
        return null;
    }

    public List<JobExecution> running() {
        return List.copyOf(running);
    }

    public List<StepExecution> partitions() {
        return List.copyOf(partitions);
    }
}
