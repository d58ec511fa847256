package io.quotewire.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quotewire.QuotewireApplication;
import io.quotewire.TestArticles;
import io.quotewire.cli.JobControl;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Spring Batch's Micrometer timers are recorded for the job and its steps when they are turned on. */
@SpringBootTest(classes = QuotewireApplication.class, properties = "quotewire.metrics.batch-observations=true")
@ActiveProfiles("test")
@DirtiesContext
class MetricsTest {
    @Autowired
    JobOperator jobOperator;
    @Autowired
    Job quoteJob;
    @Autowired
    MeterRegistry meterRegistry;
    @TempDir
    Path tmp;

    @Test
    void jobAndStepTimersAreRecorded() throws Exception {
        TestArticles.writeFolder(tmp.resolve("in"), 5);
        // the registry may hold timers of jobs run earlier in the same context: count what this run adds
        var before = meterRegistry.find("spring.batch.job").timer();
        long jobsBefore = before == null ? 0 : before.count();
        var execution = jobOperator.start(quoteJob,
                JobControl.parameters(tmp.resolve("in"), tmp.resolve("out"), LocalDate.of(2020, 1, 6)));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(meterRegistry.find("spring.batch.job").timer()).isNotNull()
                .satisfies(t -> assertThat(t.count()).isEqualTo(jobsBefore + 1));
        assertThat(meterRegistry.find("spring.batch.step").timers()).extracting(t -> t.getId().getTag("spring.batch.step.name"))
                .contains("analyze", "deduplicate", "exportArticles", "exportQuotations", "exportRejections");
        assertThat(meterRegistry.find("spring.batch.item.process").timers()).isNotEmpty();
    }
}
