package io.quotewire.writers.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.writers.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrometheusTextfileTest {
    @TempDir
    Path tmp;

    private static RunReport report(String status, LocalDateTime end) {
        return new RunReport(
                new RunReport.Run("quoteJob", 3, 7, false, status, status, "", "/in", "/out", LocalDate.of(2026, 12, 1),
                        end.minusSeconds(90), end, 90_000),
                List.of(new RunReport.StepFigures("analyze", status, 120, 117, 0, 0, 2, 0, end.minusSeconds(90),
                        end.minusSeconds(30), 60_000)),
                new RunReport.Articles(117, 3, 11), new RunReport.Quotations(40, 5, 88, 21),
                List.of(new RunReport.Count("BINARY", 2), new RunReport.Count("NO_DATE", 1)), List.of(), List.of(),
                List.of(), Instant.parse("2026-12-01T02:05:00Z"));
    }

    @Test
    void writesTheRunsFiguresInTheTextFormatAsGauges() throws Exception {
        Path file = tmp.resolve("textfile/quotewire.prom");
        new PrometheusTextfile(file).write(report("COMPLETED", LocalDateTime.of(2026, 12, 1, 2, 4, 0)));
        String text = Files.readString(file);
        assertThat(text).contains("# TYPE quotewire_last_run_articles gauge",
                "quotewire_last_run_articles{outcome=\"read\"} 117.0",
                "quotewire_last_run_articles{outcome=\"duplicate\"} 11.0",
                "quotewire_last_run_rejected_files{reason=\"BINARY\"} 2.0",
                "quotewire_last_run_quotations{change=\"created\"} 40.0",
                "quotewire_last_run_step_duration_seconds{status=\"COMPLETED\",step=\"analyze\"} 60.0",
                "quotewire_last_run_step_items{count=\"read\",step=\"analyze\"} 120.0",
                "quotewire_last_run_success 1.0",
                "quotewire_last_run_duration_seconds 90.0");
        // 2026-12-01T02:04:00Z (the tests run in UTC)
        assertThat(text).contains("quotewire_last_success_timestamp_seconds 1.79609064E9");
        assertThat(Files.list(file.getParent())).as("no temporary file left").containsExactly(file);
    }

    @Test
    void aFailedRunKeepsTheLastSuccessTimeOfTheRunBefore() throws Exception {
        Path file = tmp.resolve("quotewire.prom");
        PrometheusTextfile textfile = new PrometheusTextfile(file);
        textfile.write(report("COMPLETED", LocalDateTime.of(2026, 12, 1, 2, 4, 0)));
        String success = successLine(Files.readString(file));
        textfile.write(report("FAILED", LocalDateTime.of(2026, 12, 2, 2, 4, 0)));
        String text = Files.readString(file);
        assertThat(text).contains("quotewire_last_run_success 0.0", success);
        assertThat(text).contains("quotewire_last_run_info{execution_id=\"7\",restart=\"false\",run_date=\"2026-12-01\","
                + "status=\"FAILED\"} 1");
        // a failed run with no earlier file has no success time at all
        Path fresh = tmp.resolve("fresh.prom");
        new PrometheusTextfile(fresh).write(report("FAILED", LocalDateTime.of(2026, 12, 2, 2, 4, 0)));
        assertThat(Files.readString(fresh)).doesNotContain("quotewire_last_success_timestamp_seconds");
    }

    private static String successLine(String text) {
        return text.lines().filter(l -> l.startsWith("quotewire_last_success_timestamp_seconds ")).findFirst().orElseThrow();
    }
}
