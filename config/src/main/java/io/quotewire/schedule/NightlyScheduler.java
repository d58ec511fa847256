package io.quotewire.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires the nightly run at each time the schedule gives. A night whose run is still going when the next night fires
 * is not started a second time: that firing is skipped with a log line. Runs go to a single worker thread, so the
 * schedule keeps time while a run lasts. Time comes from a {@link Clock} and waiting from a {@link Sleeper}, so
 * tests drive it without sleeping on wall time.
 */
public class NightlyScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyScheduler.class);

    /** Launches one night's run and returns its exit code; it must itself refuse a run that already completed. */
    @FunctionalInterface
    public interface NightlyRun {
        int run(LocalDate runDate);
    }

    /** Waits; the real one sleeps, a test's advances its clock. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final NightlySchedule schedule;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ExecutorService worker;
    private final NightlyRun nightlyRun;
    private Future<?> current;
    private LocalDate currentNight;

    public NightlyScheduler(NightlySchedule schedule, Clock clock, Sleeper sleeper, ExecutorService worker,
                            NightlyRun nightlyRun) {
        this.schedule = Objects.requireNonNull(schedule);
        this.clock = Objects.requireNonNull(clock);
        this.sleeper = Objects.requireNonNull(sleeper);
        this.worker = Objects.requireNonNull(worker);
        this.nightlyRun = Objects.requireNonNull(nightlyRun);
    }

    /** Runs until interrupted, or until {@code firings} firings have been handled (a negative number: forever). */
    public void loop(long firings) throws InterruptedException {
        Instant last = clock.instant();
        for (long handled = 0; firings < 0 || handled < firings; handled++) {
            Instant next = schedule.nextAfter(last);
            LOG.info("next run at {} (night {})", next, schedule.runDate(next));
            Duration wait = Duration.between(clock.instant(), next);
            if (!wait.isNegative() && !wait.isZero()) {
                sleeper.sleep(wait);
            }
            fire(next);
            last = next;
        }
    }

    /** One firing: starts that night's run unless a run is still going. */
    public synchronized boolean fire(Instant firing) {
        LocalDate night = schedule.runDate(firing);
        if (current != null && !current.isDone()) {
            LOG.warn("night {}: skipped, the run for night {} is still going", night, currentNight);
            return false;
        }
        currentNight = night;
        current = worker.submit(() -> {
            try {
                int code = nightlyRun.run(night);
                LOG.info("night {}: run ended with exit code {}", night, code);
            } catch (RuntimeException e) {
                LOG.error("night {}: run failed: {}", night, e.getMessage());
            }
        });
        return true;
    }
}
