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

/** By default no per-item timer is recorded: they cost a tenth of the analyze step and the repository has the steps. */
@SpringBootTest(classes = QuotewireApplication.class)
@ActiveProfiles("test")
@DirtiesContext
class MetricsOffByDefaultTest {
    @Autowired
    JobOperator jobOperator;
    @Autowired
    Job quoteJob;
    @Autowired
    MeterRegistry meterRegistry;
    @TempDir
    Path tmp;

    @Test
    void noItemTimersByDefault() throws Exception {
        TestArticles.writeFolder(tmp.resolve("in"), 5);
        var execution = jobOperator.start(quoteJob,
                JobControl.parameters(tmp.resolve("in"), tmp.resolve("out"), LocalDate.of(2020, 1, 6)));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(meterRegistry.find("spring.batch.item.process").timers()).isEmpty();
        assertThat(meterRegistry.find("spring.batch.item.read").timers()).isEmpty();
    }
}
