package io.quotewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.CapturedCli;
import io.quotewire.TestArticles;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@code quotewire export}: a completed night's files again, the same bytes, and as CSV for pandas, R or DuckDB. */
@ExtendWith(OutputCaptureExtension.class)
class ExportCommandTest {
    private static final String NIGHT = "2020-01-06";

    @TempDir
    Path tmp;

    private final CapturedCli cli = new CapturedCli(Clock.fixed(Instant.parse("2020-01-06T02:00:00Z"), ZoneOffset.UTC));

    private String db() {
        return "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db");
    }

    private Path night(String name, int articles) throws Exception {
        Path input = tmp.resolve(name);
        TestArticles.writeFolder(input, articles);
        // a quotation with commas, and a title with quote marks, for the CSV's quoting (QuotationCsvWriterTest has
        // quote marks and line breaks inside a quotation)
        Files.writeString(input.resolve("b-quoted.txt"), "date 2020-01-05 Council votes on the \"ferry\" plan\n\n"
                + "“The plan, as we said, is dead; the ferry, too, is gone for good,” Maria Lopez said on "
                + "Sunday. The council met again.", StandardCharsets.UTF_8);
        return input;
    }

    @Test
    void theExportOfACompletedNightIsTheRunsOwnFilesByteForByte(CapturedOutput terminal) throws Exception {
        Path input = night("in", 12);
        Path out = tmp.resolve("out");
        assertThat(cli.run("run", "--input", input.toString(), "--output", out.toString(), db()))
                .as(cli.stderr()).isEqualTo(ExitCodes.OK);
        // the same input and date again only says it is done; export is what writes the files again
        assertThat(cli.run("run", "--input", input.toString(), "--output", out.toString(), db()))
                .isEqualTo(ExitCodes.ALREADY_COMPLETE);

        Path again = tmp.resolve("again");
        for (int attempt = 1; attempt <= 2; attempt++) {   // an export can be repeated
            assertThat(cli.run("export", "--run-date", NIGHT, "--output", again.toString(), db()))
                    .as(cli.stderr()).isEqualTo(ExitCodes.OK);
            for (String name : List.of("articles", "quotations", "rejected")) {
                Path file = Path.of(name + "-" + NIGHT + ".jsonl");
                assertThat(Files.readAllBytes(again.resolve(file))).as(name)
                        .isEqualTo(Files.readAllBytes(out.resolve(file)));
            }
        }
        assertThat(Files.readAllLines(again.resolve("rejected-" + NIGHT + ".jsonl"))).hasSize(3);
        assertThat(cli.stdout()).contains("exporting the night of " + NIGHT + " (input " + input.toAbsolutePath())
                .contains("wrote " + again.resolve("articles-" + NIGHT + ".jsonl") + ": 13 articles")
                .contains("rejected-" + NIGHT + ".jsonl: 3 rejected files");
        assertThat(cli.stderr()).isEmpty();
        assertThat(again.resolve("quotations-" + NIGHT + ".csv")).doesNotExist();   // jsonl is the default
        assertThat(terminal.getOut()).doesNotContain("Starting QuotewireApplication")
                .doesNotContain("No active profile").doesNotContain("Started QuotewireApplication");
    }

    @Test
    void theCsvFilesParseBackToTheDatabasesRows() throws Exception {
        Path input = night("in", 12);
        assertThat(cli.run("run", "--input", input.toString(), "--output", tmp.resolve("out").toString(), db()))
                .as(cli.stderr()).isEqualTo(ExitCodes.OK);
        Path csv = tmp.resolve("csv");
        assertThat(cli.run("export", "--run-date", NIGHT, "--output", csv.toString(), "--format", "csv", db()))
                .as(cli.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(csv.resolve("articles-" + NIGHT + ".jsonl")).doesNotExist();

        List<List<String>> quotations = parse(csv.resolve("quotations-" + NIGHT + ".csv"),
                "quoteID", "quotation", "speaker", "date", "numOccurrences", "numArticles");
        List<List<String>> occurrences = parse(csv.resolve("occurrences-" + NIGHT + ".csv"),
                "quoteID", "articleId", "quoteId", "date", "speaker", "speakerType", "speakerDescription");
        String password = Files.readString(tmp.resolve("db.secret")).strip();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("db"), "sa", password);
             Statement s = c.createStatement()) {
            assertThat(quotations).isEqualTo(rows(s, "SELECT q.quotation_id, q.quotation, q.speaker, q.first_date, "
                    + "q.num_occurrences, (SELECT COUNT(DISTINCT o.article_id) FROM occurrence o "
                    + "WHERE o.quotation_id = q.quotation_id) FROM quotation q ORDER BY q.quotation_id"));
            assertThat(occurrences).containsExactlyInAnyOrderElementsOf(rows(s, "SELECT quotation_id, article_id, "
                    + "quote_id, quote_date, COALESCE(speaker, ''), speaker_type, COALESCE(speaker_description, '') "
                    + "FROM occurrence"));
            // every occurrence written by this version knows its speaker's type
            assertThat(occurrences).allSatisfy(o -> assertThat(o.get(5)).isIn("person", "organization", "group", "unknown"));
        }
        assertThat(quotations).contains(List.of(quotations.stream().filter(q -> q.get(1).startsWith("The plan, as"))
                .findFirst().orElseThrow().get(0), "The plan, as we said, is dead; the ferry, too, is gone for good,",
                "Maria Lopez", "2020-01-05", "1", "1"));
        assertThat(Files.readString(csv.resolve("quotations-" + NIGHT + ".csv")))
                .contains(",\"The plan, as we said, is dead; the ferry, too, is gone for good,\",Maria Lopez,")
                .contains("\r\n");
    }

    @Test
    void aDateWithSeveralRunsNeedsItsInputFolder() throws Exception {
        Path first = night("first", 3);
        Path second = night("second", 4);
        for (Path input : List.of(first, second)) {
            assertThat(cli.run("run", "--input", input.toString(), "--output", tmp.resolve("out-" + input.getFileName())
                    .toString(), db())).as(cli.stderr()).isEqualTo(ExitCodes.OK);
        }
        assertThat(cli.run("export", "--run-date", NIGHT, "--output", tmp.resolve("x").toString(), db()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr().strip()).isEqualTo("quotewire: 2 runs completed on " + NIGHT
                + ": give --input with one of " + first.toAbsolutePath() + ", " + second.toAbsolutePath());

        assertThat(cli.run("export", "--run-date", NIGHT, "--input", second.toString(), "--output",
                tmp.resolve("x").toString(), db())).as(cli.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllBytes(tmp.resolve("x/articles-" + NIGHT + ".jsonl")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("out-second/articles-" + NIGHT + ".jsonl")));
    }

    @Test
    void aNightThatDidNotCompleteOrNeverRanHasNothingToExport() throws Exception {
        assertThat(cli.run("run", "--input", tmp.resolve("missing").toString(), db())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.run("export", "--run-date", NIGHT, "--output", tmp.resolve("x").toString(), db()))
                .isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(cli.stderr().strip()).isEqualTo("quotewire: no run of " + NIGHT
                + " in this database: nothing to export");

        assertThat(cli.run("export", "--run-date", "2020-13-01", "--output", "x", db())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr().strip())
                .isEqualTo("quotewire: --run-date must be a date like 2026-12-01, not \"2020-13-01\"");
        assertThat(cli.run("export", "--run-date", NIGHT, "--output", "x", "--format", "parquet", db()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr()).startsWith("quotewire: --format parquet is not offered").contains("read_csv_auto")
                .doesNotContain("\n\tat");
        assertThat(cli.run("export", "--run-date", NIGHT, "--output", "x", "--format", "xml", db()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr().strip()).isEqualTo("quotewire: --format must be jsonl or csv, not \"xml\"");
    }

    /** A strict RFC 4180 parse: the header must be the given columns, every record as long as it. */
    private static List<List<String>> parse(Path file, String... header) throws Exception {
        CSVFormat strict = CSVFormat.RFC4180.builder().setHeader(header).setSkipHeaderRecord(false).get();
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, strict)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records.get(0).toList()).containsExactly(header);
            for (CSVRecord r : records.subList(1, records.size())) {
                assertThat(r.isConsistent()).as("record %d has %d fields", r.getRecordNumber(), r.size()).isTrue();
                rows.add(r.toList());
            }
        }
        return rows;
    }

    private static List<List<String>> rows(Statement s, String sql) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
