package io.quotewire.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.QuotewireApplication;
import io.quotewire.TestArticles;
import io.quotewire.cli.ExitCodes;
import io.quotewire.cli.JobControl;
import io.quotewire.cli.NightlyRunner;
import io.quotewire.job.QuoteJobConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The schedule with the real job, a fast cron and a clock the test moves: each night runs once on its own folder,
 * and a firing for a night that already completed does not run it again.
 */
@SpringBootTest(classes = QuotewireApplication.class)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ScheduledJobTest {
    @Autowired
    JobOperator jobOperator;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    Job quoteJob;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path tmp;

    @Test
    void everyNightRunsOnceOnItsOwnFolder() throws Exception {
        TestArticles.writeFolder(tmp.resolve("in/2020-01-05"), 3);
        TestArticles.writeFolder(tmp.resolve("in/2020-01-06"), 4);
        NightlySchedule schedule = NightlySchedule.of("* * * * * *", "UTC", tmp + "/in/{runDate}", tmp + "/out/{runDate}");
        NightlySchedulerTest.TestClock clock = new NightlySchedulerTest.TestClock(Instant.parse("2020-01-05T23:59:58Z"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        JobControl control = new JobControl(jobOperator, jobRepository, quoteJob, jdbc, print);
        NightlyRunner runner = new NightlyRunner(schedule, control, print);
        List<Integer> codes = new CopyOnWriteArrayList<>();
        int instancesBefore = jobRepository.getJobInstances(QuoteJobConfiguration.JOB_NAME, 0, 1000).size();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        NightlyScheduler.Sleeper passingTime = d -> {
            try {
                worker.submit(() -> { }).get(120, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            clock.advance(d);
        };
        try {
            // firings at 23:59:59 (night of the 5th), 00:00:00 and 00:00:01 (both the 6th)
            new NightlyScheduler(schedule, clock, passingTime, worker, night -> {
                int code = runner.run(night);
                codes.add(code);
                return code;
            }).loop(3);
            worker.submit(() -> { }).get(120, TimeUnit.SECONDS);
        } finally {
            worker.shutdownNow();
        }

        assertThat(codes).containsExactly(ExitCodes.OK, ExitCodes.OK, ExitCodes.ALREADY_COMPLETE);
        // newest first: the two this schedule created
        List<JobInstance> all = jobRepository.getJobInstances(QuoteJobConfiguration.JOB_NAME, 0, 1000);
        assertThat(all).hasSize(instancesBefore + 2);
        List<JobInstance> instances = all.subList(0, 2);
        for (JobInstance instance : instances) {
            assertThat(jobRepository.getJobExecutions(instance)).singleElement()
                    .satisfies(e -> assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED));
        }
        assertThat(tmp.resolve("out/2020-01-05/articles-2020-01-05.jsonl")).exists();
        assertThat(tmp.resolve("out/2020-01-06/articles-2020-01-06.jsonl")).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("already completed");
    }
}
