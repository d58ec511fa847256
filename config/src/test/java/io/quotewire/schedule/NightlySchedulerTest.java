package io.quotewire.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The nightly schedule on a clock the test moves: nothing here waits on wall time. */
class NightlySchedulerTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    /** A clock that only moves when the scheduler "sleeps". */
    static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant start) {
            now = start;
        }

        synchronized void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** Time passing: whatever the worker had to do finishes, then the clock jumps. */
    private NightlyScheduler.Sleeper passingTime(TestClock clock) {
        return d -> {
            try {
                worker.submit(() -> { }).get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new AssertionError(e);
            }
            clock.advance(d);
        };
    }

    @Test
    void firesEveryNightAtTheCronTimeForThatNightsDateAndFolder() throws Exception {
        NightlySchedule schedule = NightlySchedule.of("0 0 2 * * *", "Europe/Berlin", "/data/incoming/{runDate}", "out/{runDate}");
        TestClock clock = new TestClock(Instant.parse("2020-01-05T12:00:00Z"));
        List<LocalDate> nights = new CopyOnWriteArrayList<>();
        List<Instant> firedAt = new CopyOnWriteArrayList<>();
        NightlyScheduler scheduler = new NightlyScheduler(schedule, clock, passingTime(clock), worker, night -> {
            nights.add(night);
            firedAt.add(clock.instant());
            return 0;
        });

        scheduler.loop(3);
        worker.shutdown();
        assertThat(worker.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(nights).containsExactly(LocalDate.of(2020, 1, 6), LocalDate.of(2020, 1, 7), LocalDate.of(2020, 1, 8));
        // 02:00 in Berlin is 01:00 UTC in winter
        assertThat(firedAt.get(0)).isEqualTo(Instant.parse("2020-01-06T01:00:00Z"));
        assertThat(schedule.input(nights.get(0))).isEqualTo(Path.of("/data/incoming/2020-01-06"));
        assertThat(schedule.output(nights.get(0))).isEqualTo(Path.of("out/2020-01-06"));
    }

    @Test
    void aNightWhoseRunIsStillGoingIsSkippedNeverRunTwice() throws Exception {
        NightlySchedule schedule = NightlySchedule.of("* * * * * *", "UTC", "in/{runDate}", "out");
        CountDownLatch release = new CountDownLatch(1);
        List<LocalDate> started = new CopyOnWriteArrayList<>();
        NightlyScheduler scheduler = new NightlyScheduler(schedule, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                d -> { }, worker, night -> {
                    started.add(night);
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return 0;
                });

        assertThat(scheduler.fire(Instant.parse("2020-01-06T02:00:00Z"))).isTrue();
        assertThat(scheduler.fire(Instant.parse("2020-01-07T02:00:00Z"))).as("the first run still holds").isFalse();
        release.countDown();
        worker.submit(() -> { }).get(10, TimeUnit.SECONDS);   // the first run has ended
        assertThat(scheduler.fire(Instant.parse("2020-01-08T02:00:00Z"))).isTrue();
        worker.submit(() -> { }).get(10, TimeUnit.SECONDS);

        assertThat(started).containsExactly(LocalDate.of(2020, 1, 6), LocalDate.of(2020, 1, 8));
    }

    @Test
    void aFailingRunDoesNotStopTheSchedule() throws Exception {
        NightlySchedule schedule = NightlySchedule.of("0 0 2 * * *", "UTC", "in/{runDate}", "out");
        TestClock clock = new TestClock(Instant.parse("2020-01-05T12:00:00Z"));
        List<LocalDate> nights = new CopyOnWriteArrayList<>();
        NightlyScheduler scheduler = new NightlyScheduler(schedule, clock, passingTime(clock), worker, night -> {
            nights.add(night);
            if (nights.size() == 1) {
                throw new IllegalStateException("disk full");
            }
            return 0;
        });
        scheduler.loop(2);
        worker.shutdown();
        assertThat(worker.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(nights).containsExactly(LocalDate.of(2020, 1, 6), LocalDate.of(2020, 1, 7));
    }
}
