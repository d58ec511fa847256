package io.quotewire.writers.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportJsonTest {
    private final ReportJson json = new ReportJson();

    @Test
    void writesTheFiguresWithIsoDatesAndReadsThemBack() {
        RunReport report = ReportSamples.busy();
        String text = json.render(report);
        JsonNode tree = JsonMapper.builder().build().readTree(text);

        assertThat(tree.at("/run/runDate").asString()).isEqualTo("2020-01-06");
        assertThat(tree.at("/run/start").asString()).isEqualTo("2020-01-06T03:00:00");
        assertThat(tree.at("/run/status").asString()).isEqualTo("COMPLETED");
        assertThat(tree.at("/steps/0/name").asString()).isEqualTo("analyze");
        assertThat(tree.at("/steps/0/read").asLong()).isEqualTo(1_234_567);
        assertThat(tree.at("/steps/4/rollbacks").asLong()).isEqualTo(1);
        assertThat(tree.at("/quotations/created").asLong()).isEqualTo(1_500);
        assertThat(tree.at("/topSpeakers/0/speaker").asString()).isEqualTo(ReportSamples.HOSTILE_SPEAKER);
        assertThat(tree.at("/quotesPerDay/1/day").asString()).isEqualTo("2020-01-03");
        assertThat(tree.at("/generatedAt").asString()).isEqualTo("2020-01-06T03:01:15Z");
        assertThat(json.read(text)).isEqualTo(report);
    }

    @Test
    void anEmptyRunIsValidJsonWithEmptyLists() {
        String text = json.render(ReportSamples.empty());
        JsonNode tree = JsonMapper.builder().build().readTree(text);

        assertThat(tree.get("steps").isArray()).isTrue();
        assertThat(tree.get("steps").size()).isZero();
        assertThat(tree.get("topSpeakers").size()).isZero();
        assertThat(tree.at("/articles/read").asLong()).isZero();
        assertThat(json.read(text)).isEqualTo(ReportSamples.empty());
    }

    @Test
    void writesBothFilesNamedAfterTheRunDateAndReplacesThemOnARerun(@TempDir Path tmp) throws Exception {
        ReportFiles files = new ReportFiles(json);
        Path out = tmp.resolve("new/out");

        files.write(ReportSamples.empty(), out);
        files.write(ReportSamples.busy(), out);

        assertThat(out.resolve("report-2020-01-06.json")).exists();
        assertThat(ReportFiles.htmlFile(out, LocalDate.of(2020, 1, 6))).exists();
        assertThat(Files.readString(out.resolve("report-2020-01-06.json"), StandardCharsets.UTF_8)).contains("1234567");
        try (var listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("report-2020-01-06.json", "report-2020-01-06.html");
        }
    }
}
