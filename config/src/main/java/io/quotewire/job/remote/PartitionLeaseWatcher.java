package io.quotewire.job.remote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The manager's watch over its remote partitions while the analyze step waits for them. Spring Batch's manager polls
 * the job repository until every partition has ended, and a partition whose worker died (SIGKILL, a lost machine)
 * never ends by itself. So, at each poll, a partition is failed here when
 * <ul>
 *   <li>its worker's lease has not been renewed for {@code lease} (the worker is gone), or</li>
 *   <li>it was started but nobody has held it for {@code lease} (its worker died before taking the lease), or</li>
 *   <li>the step has waited {@code timeout} in all (no worker took it: none is running, or the broker is away).</li>
 * </ul>
 * The manager then sees every partition ended, the step fails, and {@code restart} runs only the partitions that did
 * not complete, each from its last commit.
 */
public class PartitionLeaseWatcher implements StepExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(PartitionLeaseWatcher.class);

    private final JobRepository jobRepository;
    private final PartitionLeases leases;
    private final String workerStepName;
    private final Duration poll;
    private final Duration lease;
    private final Duration timeout;
    private final Clock clock;
    private ScheduledExecutorService watch;
    /** When this manager first saw a started partition without a lease. */
    private final Map<Long, Instant> unheldSince = new HashMap<>();

    public PartitionLeaseWatcher(JobRepository jobRepository, PartitionLeases leases, String workerStepName,
                                 Duration poll, Duration lease, Duration timeout, Clock clock) {
        this.jobRepository = jobRepository;
        this.leases = leases;
        this.workerStepName = workerStepName;
        this.poll = poll;
        this.lease = lease;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public synchronized void beforeStep(StepExecution managerStep) {
        Instant deadline = clock.instant().plus(timeout);
        long jobExecutionId = managerStep.getJobExecutionId();
        unheldSince.clear();
        watch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "partition-watch");
            t.setDaemon(true);
            return t;
        });
        watch.scheduleWithFixedDelay(() -> {
            try {
                check(jobExecutionId, deadline);
            } catch (RuntimeException e) {
                log.warn("could not check the workers' leases: {}", e.getMessage());
            }
        }, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized ExitStatus afterStep(StepExecution managerStep) {
        if (watch != null) {
            watch.shutdownNow();
            watch = null;
        }
        return null;
    }

    /** One look at the partitions still running; fails those whose worker is gone. Visible for the tests. */
    synchronized void check(long jobExecutionId, Instant deadline) {
        JobExecution job = jobRepository.getJobExecution(jobExecutionId);
        if (job == null) {
            return;
        }
        List<StepExecution> open = job.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(workerStepName + ":") && s.getStatus().isRunning())
                .toList();
        Map<Long, PartitionLeases.Lease> held = leases.of(open.stream().map(StepExecution::getId).toList());
        Instant now = clock.instant();
        for (StepExecution partition : open) {
            PartitionLeases.Lease l = held.get(partition.getId());
            String reason = null;
            if (l != null && l.age().compareTo(lease) > 0) {
                reason = "its worker (" + l.owner() + ") stopped renewing its lease " + l.age().toSeconds()
                        + " s ago: the worker is gone";
            } else if (l == null && partition.getStatus() == BatchStatus.STARTED) {
                Instant since = unheldSince.computeIfAbsent(partition.getId(), id -> now);
                if (Duration.between(since, now).compareTo(lease) > 0) {
                    reason = "it was started but no worker has held it for " + lease.toSeconds() + " s";
                }
            } else if (l != null) {
                unheldSince.remove(partition.getId());
            }
            if (reason == null && now.isAfter(deadline)) {
                reason = "no worker finished it within " + timeout + " (quotewire.remote.timeout)";
            }
            if (reason != null) {
                fail(partition, reason);
            }
        }
    }

    private void fail(StepExecution partition, String reason) {
        String message = "partition " + partition.getStepName() + " failed: " + reason;
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(ExitStatus.FAILED.addExitDescription(message));
        partition.setEndTime(LocalDateTime.now(clock));
        try {
            jobRepository.update(partition);
            leases.release(partition.getId());
            log.warn(message);
        } catch (OptimisticLockingFailureException raced) {
            // the worker wrote it meanwhile, so it is alive after all: look again at the next poll
        }
    }
}
