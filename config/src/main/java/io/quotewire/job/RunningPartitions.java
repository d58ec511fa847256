package io.quotewire.job;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepExecution;

/**
 * The partitions of the analyze step running in this process, as the live objects the steps run with: a worker
 * process has no job execution of its own, so SIGTERM finds its partitions here and asks them to stop at their next
 * chunk boundary (they end STOPPED, and a restart resumes them).
 */
public class RunningPartitions implements StepExecutionListener {
    private final Set<StepExecution> running = ConcurrentHashMap.newKeySet();

    @Override
    public void beforeStep(StepExecution stepExecution) {
        running.add(stepExecution);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        running.remove(stepExecution);
        return null;
    }

    public List<StepExecution> running() {
        return List.copyOf(running);
    }
}
