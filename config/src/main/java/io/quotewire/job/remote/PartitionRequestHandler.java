package io.quotewire.job.remote;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/**
 * A worker's side of remote partitioning: runs a partition request with Spring Batch's
 * {@link StepExecutionRequestHandler}, holding a lease on the partition that it renews while the partition runs,
 * so that the manager can tell when this process dies.
 * <p>
 * A request for a partition that is no longer waiting (one the manager gave up on, or of an execution that ended) is
 * dropped: its partition was failed and a restart made a new one, which must not run twice at once.
 */
public class PartitionRequestHandler {
    private static final Logger log = LoggerFactory.getLogger(PartitionRequestHandler.class);

    private final StepExecutionRequestHandler delegate;
    private final JobRepository jobRepository;
    private final PartitionLeases leases;
    private final String owner;
    private final Duration heartbeat;
    private final ScheduledExecutorService beats;

    public PartitionRequestHandler(StepExecutionRequestHandler delegate, JobRepository jobRepository,
                                   PartitionLeases leases, String owner, Duration heartbeat) {
        this.delegate = delegate;
        this.jobRepository = jobRepository;
        this.leases = leases;
        this.owner = owner;
        this.heartbeat = heartbeat;
        this.beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "partition-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    public void handle(StepExecutionRequest request) {
        long id = request.getStepExecutionId();
        StepExecution waiting = jobRepository.getStepExecution(id);
        if (waiting == null || waiting.getStatus() != BatchStatus.STARTING
                || !waiting.getJobExecution().getStatus().isRunning()) {
            log.warn("dropped the request for partition {} ({}): it is {}, not waiting to start", id,
                    request.getStepName(), waiting == null ? "unknown" : waiting.getStatus());
            return;
        }
        leases.take(id, owner);
        ScheduledFuture<?> beat = beats.scheduleAtFixedRate(() -> renew(id), heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("running partition {} ({})", id, waiting.getStepName());
        StepExecution result = null;
        try {
            result = delegate.handle(request);
        } finally {
            beat.cancel(false);
            leases.release(id);
        }
        recordIfLost(result);
        log.info("partition {} ({}) ended {}", id, result.getStepName(), result.getStatus());
    }

    private void renew(long id) {
        try {
            leases.renew(id);
        } catch (RuntimeException e) {
            // the database is away for a moment: the manager allows a few missed beats before it gives up on us
            log.warn("could not renew the lease of partition {}: {}", id, e.getMessage());
        }
    }

    /**
     * A failure the step could not record itself (the handler catches it and only sets the status on its own copy):
     * it is written here, else the manager would wait for a partition that already ended.
     */
    private void recordIfLost(StepExecution result) {
        StepExecution stored = jobRepository.getStepExecution(result.getId());
        if (stored != null && stored.getStatus().isRunning() && !result.getStatus().isRunning()) {
            try {
                jobRepository.update(result);
            } catch (RuntimeException e) {
                log.warn("could not record the end of partition {}: {}", result.getId(), e.getMessage());
            }
        }
    }
}
