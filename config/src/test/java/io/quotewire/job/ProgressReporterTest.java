package io.quotewire.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

class ProgressReporterTest {
    private final JobExecution job = new JobExecution(7, new JobInstance(3, "quoteJob"), new JobParameters());

    @Test
    void linesGiveDoneOfTotalRateAndEta() {
        Clock start = Clock.fixed(Instant.parse("2020-01-06T02:00:00Z"), ZoneOffset.UTC);
        StepExecution step = new StepExecution("analyze", job);
        ProgressReporter reporter = new ProgressReporter(e -> 1000, start, Duration.ofSeconds(5), null);
        reporter.beforeStep(step);
        step.setReadCount(250);
        // 250 items in 10 s: 25/s, 750 left: 30 s
        String line = reporter.line(start.millis() + 10_000);
        assertThat(line).isEqualTo("analyze: 250 of 1000 (25%), 25/s, ETA 30s");
    }

    @Test
    void aRestartedStepCountsWhatWasDoneBefore() {
        StepExecution step = new StepExecution("analyze", job);
        step.getExecutionContext().putLong("articleFileReader.read.count", 600);
        Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        ProgressReporter reporter = new ProgressReporter(e -> 1000, clock, Duration.ofSeconds(5), null);
        reporter.beforeStep(step);
        step.setReadCount(200);
        assertThat(reporter.line(4_000)).startsWith("analyze: 800 of 1000 (80%), 50/s, ETA 4s");
    }

    @Test
    void drawsABarOnTheTerminalAfterEachChunk() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream terminal = new PrintStream(screen, true, StandardCharsets.UTF_8);
        StepExecution step = new StepExecution("deduplicate", job);
        ProgressReporter reporter = new ProgressReporter(e -> 100, Clock.systemUTC(), Duration.ofHours(1), () -> terminal);
        reporter.beforeStep(step);
        step.setReadCount(50);
        reporter.afterChunk(new Chunk<>());
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .isEqualTo("\rdeduplicate       [###############...............] 50/100  ");
    }
}
