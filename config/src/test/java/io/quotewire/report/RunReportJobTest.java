package io.quotewire.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.QuotewireApplication;
import io.quotewire.TestArticles;
import io.quotewire.cli.JobControl;
import io.quotewire.writers.report.Format;
import io.quotewire.writers.report.RunReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report the job writes at its end, checked against the database and the job's own files: a first run, a
 * second night that quotes a known statement again, a failed run, and a report that cannot be written.
 */
@SpringBootTest(classes = QuotewireApplication.class, properties = "logging.level.io.quotewire.report=INFO")
@SpringBatchTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@ExtendWith(OutputCaptureExtension.class)
class RunReportJobTest {
    private static final LocalDate NIGHT_1 = LocalDate.of(2020, 1, 6);
    private static final LocalDate NIGHT_2 = LocalDate.of(2020, 1, 9);

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path tmp;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp(@Autowired Job quoteJob) {
        jobs.setJob(quoteJob);
    }

    @Test
    void aCompletedRunWritesBothFilesWithTheFiguresOfTheDatabase(CapturedOutput log) throws Exception {
        Path input = tmp.resolve("in");
        Path output = tmp.resolve("out");
        TestArticles.writeFolder(input, 21);

        JobExecution execution = jobs.startJob(JobControl.parameters(input, output, NIGHT_1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(output.resolve("report-2020-01-06.html")).isRegularFile();
        JsonNode report = read(output.resolve("report-2020-01-06.json"));
        long instance = execution.getJobInstance().getInstanceId();

        assertThat(report.at("/run/status").asString()).isEqualTo("COMPLETED");
        assertThat(report.at("/run/runDate").asString()).isEqualTo("2020-01-06");
        assertThat(report.at("/run/instanceId").asLong()).isEqualTo(instance);
        assertThat(report.at("/run/restart").asBoolean()).isFalse();

        // steps: the execution's own figures, in the order they ran
        List<StepExecution> steps = new ArrayList<>(execution.getStepExecutions());
        steps.removeIf(s -> s.getStepName().contains(":")); // partitions are summed in their step
        steps.sort((a, b) -> Long.compare(a.getId(), b.getId()));
        assertThat(report.get("steps")).extracting(s -> s.get("name").asString())
                .containsExactly("analyze", "deduplicate", "exportArticles", "exportQuotations", "exportRejections");
        for (int i = 0; i < steps.size(); i++) {
            JsonNode s = report.get("steps").get(i);
            assertThat(s.get("read").asLong()).isEqualTo(steps.get(i).getReadCount());
            assertThat(s.get("written").asLong()).isEqualTo(steps.get(i).getWriteCount());
            assertThat(s.get("commits").asLong()).isEqualTo(steps.get(i).getCommitCount());
        }
        assertThat(report.at("/steps/0/read").asLong()).isEqualTo(24); // 21 articles and 3 unusable files

        // articles, rejects and duplicates: the tables
        assertThat(report.at("/articles/read").asLong()).isEqualTo(count("SELECT COUNT(*) FROM article")).isEqualTo(21);
        assertThat(report.at("/articles/duplicates").asLong())
                .isEqualTo(count("SELECT COUNT(*) FROM article WHERE duplicate_of IS NOT NULL")).isEqualTo(2);
        assertThat(report.get("duplicates")).extracting(d -> d.get("articleId").asString() + "->" + d.get("duplicateOf").asString())
                .containsExactly("a0010->a0009", "a0020->a0019");
        assertThat(report.at("/articles/rejected").asLong()).isEqualTo(3);
        assertThat(report.get("rejectsByReason")).extracting(c -> c.get("label").asString() + "=" + c.get("count").asLong())
                .containsExactly("BINARY=1", "EMPTY=1", "NO_DATE=1");

        // quotations: a first run creates every one it touches
        long quotations = count("SELECT COUNT(*) FROM quotation");
        assertThat(quotations).isPositive();
        assertThat(report.at("/quotations/created").asLong()).isEqualTo(quotations);
        assertThat(report.at("/quotations/updated").asLong()).isZero();
        assertThat(report.at("/quotations/created").asLong())
                .isEqualTo(Files.readAllLines(output.resolve("quotations-2020-01-06.jsonl")).size());
        long occurrences = count("SELECT COUNT(*) FROM occurrence");
        assertThat(report.at("/quotations/occurrences").asLong()).isEqualTo(occurrences);

        // speakers and days, counted here from the raw occurrence rows
        Map<String, Long> bySpeaker = new TreeMap<>();
        Map<String, Long> byDay = new TreeMap<>();
        for (Map<String, Object> row : jdbc.queryForList("SELECT speaker, quote_date FROM occurrence")) {
            if (row.get("SPEAKER") != null && !"None".equals(row.get("SPEAKER"))) {
                bySpeaker.merge((String) row.get("SPEAKER"), 1L, Long::sum);
            }
            byDay.merge(String.valueOf(row.get("QUOTE_DATE")), 1L, Long::sum);
        }
        assertThat(bySpeaker).isNotEmpty();
        Map<String, Long> reportedSpeakers = new TreeMap<>();
        report.get("topSpeakers").forEach(s -> reportedSpeakers.put(s.get("speaker").asString(), s.get("occurrences").asLong()));
        assertThat(reportedSpeakers).isEqualTo(bySpeaker);
        assertThat(report.at("/quotations/speakers").asLong()).isEqualTo(bySpeaker.size());
        Map<String, Long> reportedDays = new LinkedHashMap<>();
        report.get("quotesPerDay").forEach(d -> reportedDays.put(d.get("day").asString(), d.get("occurrences").asLong()));
        assertThat(reportedDays).isEqualTo(byDay);
        assertThat(new ArrayList<>(reportedDays.keySet())).isSorted();

        // the page draws its charts from the same figures
        String html = Files.readString(output.resolve("report-2020-01-06.html"), StandardCharsets.UTF_8);
        Map<String, Integer> bars = barsPerChart(html);
        assertThat(bars).containsEntry("top-speakers", bySpeaker.size()).containsEntry("step-durations", 5)
                .containsEntry("rejects-by-reason", 3).containsKey("quotes-per-day");
        // self-contained: nothing the browser would fetch; the links are to the page's own sections, and the
        // scripts are the page's inline two (the data block and the search)
        assertThat(html).doesNotContain("src=", "<link", "url(", "@import");
        // (the SVG namespace is a name, never fetched)
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:", "https:");
        assertThat(Pattern.compile("href=\"[^#]").matcher(html).find()).isFalse();
        assertThat(Pattern.compile("<script[^>]*>").matcher(html).results().map(r -> r.group()))
                .containsExactly("<script type=\"application/json\" id=\"quotation-data\">", "<script>");

        // the data part: every quotation of the night (fewer than the cap), most occurrences first, with the
        // database's counts and article ids
        JsonNode data = json.readTree(between(html, "<script type=\"application/json\" id=\"quotation-data\">",
                "</script>"));
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT quotation_id, quotation, speaker, num_occurrences "
                + "FROM quotation WHERE updated_instance = ? ORDER BY num_occurrences DESC, quotation_id", instance);
        assertThat(rows).hasSize((int) quotations);
        assertThat(data.size()).isEqualTo(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode q = data.get(i);
            String id = (String) rows.get(i).get("QUOTATION_ID");
            assertThat(q.get("id").asString()).isEqualTo(id);
            assertThat(q.get("text").asString()).isEqualTo(rows.get(i).get("QUOTATION"));
            assertThat(q.get("speaker").asString()).isEqualTo(rows.get(i).get("SPEAKER"));
            assertThat(q.get("occurrences").asLong()).isEqualTo(((Number) rows.get(i).get("NUM_OCCURRENCES")).longValue());
            List<String> articles = jdbc.queryForList("SELECT DISTINCT article_id FROM occurrence WHERE quotation_id = ? "
                    + "ORDER BY article_id", String.class, id);
            assertThat(q.get("articles").asLong()).isEqualTo(articles.size());
            List<String> listed = new ArrayList<>();
            q.get("articleIds").forEach(a -> listed.add(a.asString()));
            assertThat(listed).isEqualTo(articles.subList(0, Math.min(NightDataCollector.ARTICLE_IDS, articles.size())));
        }
        assertThat(report.at("/data/total").asLong()).isEqualTo(quotations);
        assertThat(html).contains(Format.count(quotations) + " quotations created or updated by this run.")
                .doesNotContain("this page holds the");
        assertThat(barsPerChart(html)).containsKey("speaker-days");

        // and the log has the summary table
        assertThat(log.getOut()).contains("run 2020-01-06: COMPLETED").contains("exportQuotations")
                .contains("rejected 3 (BINARY 1, EMPTY 1, NO_DATE 1), duplicates 2");
    }

    @Test
    void aSecondNightCountsAKnownStatementAsUpdatedAndAFreshOneAsNew() throws Exception {
        Path first = tmp.resolve("night1");
        TestArticles.writeFolder(first, 6);
        assertThat(jobs.startJob(JobControl.parameters(first, tmp.resolve("out1"), NIGHT_1)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);

        // the next night: one article repeats a statement every first-night article made, and says a new one
        Path second = tmp.resolve("night2");
        Files.createDirectories(second);
        Files.writeString(second.resolve("b0001.txt"), "date 2020-01-08 Ferry service cut for the winter\n\n"
                + "Aiko Tanaka said on Wednesday that “the ferry timetable for the winter months is not ready.” "
                + "The harbour office closed early.\n\n"
                + "“We will vote again next week,” Tanaka added. Passengers asked about parking fees.",
                StandardCharsets.UTF_8);
        Path output = tmp.resolve("out2");
        JobExecution execution = jobs.startJob(JobControl.parameters(second, output, NIGHT_2));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        JsonNode report = read(output.resolve("report-2020-01-09.json"));
        // expected from the quotations file: new = quoted only by this night's article (b...)
        long fresh = 0;
        long known = 0;
        for (String line : Files.readAllLines(output.resolve("quotations-2020-01-09.jsonl"), StandardCharsets.UTF_8)) {
            boolean onlyTonight = true;
            for (JsonNode id : json.readTree(line).get("articleIds")) {
                onlyTonight &= id.asString().startsWith("b");
            }
            if (onlyTonight) {
                fresh++;
            } else {
                known++;
            }
        }
        assertThat(fresh).isPositive();
        assertThat(known).isPositive();
        assertThat(report.at("/quotations/created").asLong()).isEqualTo(fresh);
        assertThat(report.at("/quotations/updated").asLong()).isEqualTo(known);
        // the night's own figures only: one article, its quotes, nothing rejected
        assertThat(report.at("/articles/read").asLong()).isEqualTo(1);
        assertThat(report.at("/articles/rejected").asLong()).isZero();
        assertThat(report.at("/quotations/occurrences").asLong())
                .isEqualTo(count("SELECT COUNT(*) FROM occurrence WHERE article_id = 'b0001'"));
        assertThat(report.get("topSpeakers")).extracting(s -> s.get("speaker").asString()).containsExactly("Aiko Tanaka");
        String html = Files.readString(output.resolve("report-2020-01-09.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("No file was rejected.");
        // the data part holds the second night's quotations only: the ones it created or updated
        List<String> tonight = new ArrayList<>();
        json.readTree(between(html, "<script type=\"application/json\" id=\"quotation-data\">", "</script>"))
                .forEach(q -> tonight.add(q.get("id").asString()));
        assertThat(tonight).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                "SELECT quotation_id FROM quotation WHERE updated_instance = ?", String.class,
                execution.getJobInstance().getInstanceId())).hasSize((int) (fresh + known));
        assertThat(barsPerChart(html)).doesNotContainKey("rejects-by-reason");
    }

    @Test
    void theDataPartIsCappedAtTheQuotationsWithMostOccurrencesAndChartsTheTopSpeakersDays() throws Exception {
        Path input = tmp.resolve("in");
        TestArticles.writeFolder(input, 21);
        JobExecution execution = jobs.startJob(JobControl.parameters(input, tmp.resolve("out"), NIGHT_1));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long instance = execution.getJobInstance().getInstanceId();
        long total = count("SELECT COUNT(*) FROM quotation");
        assertThat(total).isGreaterThan(3);
        List<RunReport.SpeakerCount> top = List.of(new RunReport.SpeakerCount(jdbc.queryForObject(
                "SELECT speaker FROM occurrence WHERE speaker <> 'None' GROUP BY speaker ORDER BY COUNT(*) DESC, speaker "
                        + "FETCH FIRST 1 ROWS ONLY", String.class), 0, 0));

        RunReport.NightData data = new NightDataCollector(jdbc, 3).collect(instance, total, top);

        // the three with most occurrences, in the database's order (ties by id), and the page says it is cut
        assertThat(data.quotations()).extracting(RunReport.QuotationLine::id).containsExactlyElementsOf(jdbc.queryForList(
                "SELECT quotation_id FROM quotation ORDER BY num_occurrences DESC, quotation_id FETCH FIRST 3 ROWS ONLY",
                String.class));
        assertThat(data.capped()).isTrue();
        assertThat(data.total()).isEqualTo(total);
        String html = io.quotewire.writers.report.ReportHtml.render(new RunReport(
                RunReportJobTest.sampleRun(), List.of(), new RunReport.Articles(0, 0, 0),
                new RunReport.Quotations(total, 0, 0, 0), List.of(), List.of(), top, List.of(), java.time.Instant.EPOCH,
                data));
        assertThat(html).contains("this page holds the <strong>3</strong> with the most occurrences (at most 3 are kept");

        // the chart's figures: the speaker's distinct quotations per statement date, counted here from the rows
        Map<String, Long> expected = new TreeMap<>();
        for (Map<String, Object> row : jdbc.queryForList("SELECT DISTINCT quote_date, quotation_id FROM occurrence "
                + "WHERE speaker = ?", top.get(0).speaker())) {
            expected.merge(String.valueOf(row.get("QUOTE_DATE")), 1L, Long::sum);
        }
        assertThat(data.speakerDays()).hasSize(1);
        Map<String, Long> reported = new TreeMap<>();
        data.speakerDays().get(0).days().forEach(d -> reported.put(d.day().toString(), d.occurrences()));
        assertThat(reported).isNotEmpty().isEqualTo(expected);
    }

    @Test
    void aFailedRunStillGetsItsReportWithTheReasonAndARestartReplacesIt(CapturedOutput log) throws Exception {
        Path output = tmp.resolve("out");

        JobExecution execution = jobs.startJob(JobControl.parameters(tmp.resolve("missing"), output, NIGHT_1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        JsonNode report = read(output.resolve("report-2020-01-06.json"));
        assertThat(report.at("/run/status").asString()).isEqualTo("FAILED");
        // the cause in words: no exception class names, no stack frames
        assertThat(report.at("/run/exitMessage").asString())
                .contains("input folder does not exist").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(report.at("/steps/0/status").asString()).isEqualTo("FAILED");
        assertThat(report.at("/articles/read").asLong()).isZero();
        assertThat(Files.readString(output.resolve("report-2020-01-06.html"), StandardCharsets.UTF_8))
                .contains("<span class=\"status FAILED\">FAILED</span>").contains("input folder does not exist");
        assertThat(log.getOut()).contains("run 2020-01-06: FAILED").contains("reason: input folder does not exist")
                .doesNotContain("ItemStreamException");

        // the folder arrives, the run is restarted: the report is replaced, and says it was a restart
        TestArticles.writeFolder(tmp.resolve("missing"), 3);
        JobExecution restarted = jobs.getJobOperator().restart(execution);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JsonNode after = read(output.resolve("report-2020-01-06.json"));
        assertThat(after.at("/run/status").asString()).isEqualTo("COMPLETED");
        assertThat(after.at("/run/restart").asBoolean()).isTrue();
        assertThat(after.at("/run/executionId").asLong()).isEqualTo(restarted.getId());
        assertThat(after.at("/run/exitMessage").asString()).isEmpty();
        assertThat(after.at("/articles/read").asLong()).isEqualTo(3);
    }

    @Test
    void aReportThatCannotBeWrittenDoesNotFailTheRun(CapturedOutput log) throws Exception {
        Path input = tmp.resolve("in");
        Path output = tmp.resolve("out");
        TestArticles.writeFolder(input, 3);
        // a folder where the report's temporary file must go: writing the report fails
        Files.createDirectories(output.resolve("report-2020-01-06.json.tmp"));

        JobExecution execution = jobs.startJob(JobControl.parameters(input, output, NIGHT_1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(output.resolve("articles-2020-01-06.jsonl")).isRegularFile();
        assertThat(output.resolve("report-2020-01-06.json")).doesNotExist();
        assertThat(log.getOut()).contains("the run report of execution " + execution.getId() + " could not be made");
    }

    static RunReport.Run sampleRun() {
        return new RunReport.Run("quoteJob", 1, 1, false, "COMPLETED", "COMPLETED", "", "/in", "/out", NIGHT_1, null,
                null, 0);
    }

    private static String between(String s, String from, String to) {
        int start = s.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        start += from.length();
        return s.substring(start, s.indexOf(to, start));
    }

    private JsonNode read(Path file) throws Exception {
        assertThat(file).isRegularFile();
        return json.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private static Map<String, Integer> barsPerChart(String html) {
        Map<String, Integer> bars = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<svg[^>]*data-chart=\"([^\"]+)\"[^>]*>(.*?)</svg>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            bars.put(m.group(1), m.group(2).split("<rect class=\"bar\"", -1).length - 1);
        }
        return bars;
    }
}
