package io.quotewire.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.QuotewireApplication;
import io.quotewire.TestArticles;
import io.quotewire.cli.JobControl;
import java.nio.file.Files;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With quotewire.metrics.prometheus-file set, a run leaves its figures there in the Prometheus text format. */
@SpringBootTest(classes = QuotewireApplication.class)
@ActiveProfiles("test")
@DirtiesContext
class PrometheusTextfileJobTest {
    @TempDir
    static Path textfiles;

    @DynamicPropertySource
    static void textfile(DynamicPropertyRegistry registry) {
        registry.add("quotewire.metrics.prometheus-file", () -> textfiles.resolve("quotewire.prom").toString());
    }

    @Autowired
    JobOperator jobOperator;
    @Autowired
    Job quoteJob;
    @TempDir
    Path tmp;

    @Test
    void aRunWritesItsFiguresForTheTextfileCollector() throws Exception {
        TestArticles.writeFolder(tmp.resolve("in"), 12);
        var execution = jobOperator.start(quoteJob,
                JobControl.parameters(tmp.resolve("in"), tmp.resolve("out"), LocalDate.of(2020, 1, 6)));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String text = Files.readString(textfiles.resolve("quotewire.prom"));
        // 12 articles (one a copy of the one before) and 3 unusable files
        assertThat(text).contains("quotewire_last_run_articles{outcome=\"read\"} 12.0",
                "quotewire_last_run_articles{outcome=\"duplicate\"} 1.0",
                "quotewire_last_run_rejected_files{reason=\"BINARY\"} 1.0", "quotewire_last_run_success 1.0",
                "quotewire_last_run_step_items{count=\"read\",step=\"deduplicate\"} 12.0",
                "status=\"COMPLETED\"");
    }
}
