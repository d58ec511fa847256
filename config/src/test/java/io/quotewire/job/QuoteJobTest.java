package io.quotewire.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.QuotewireApplication;
import io.quotewire.TestArticles;
import io.quotewire.cli.JobControl;
import io.quotewire.core.ArticleInput;
import io.quotewire.core.ArticleOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole job on inputs written here: outputs, rejections, duplicates, and a restart after an injected failure
 * that must end with exactly the files and tables of an uninterrupted run. On H2; {@link PostgresQuoteJobTest} runs
 * the same tests on PostgreSQL.
 */
@SpringBootTest(classes = {QuotewireApplication.class, QuoteJobTest.FaultInjection.class})
@SpringBatchTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class QuoteJobTest {
    private static final LocalDate RUN_DATE = LocalDate.of(2020, 1, 6);

    /** Fails the processing of one article while armed: the crash the restart test recovers from. */
    @TestConfiguration
    static class FaultInjection {
        static final AtomicBoolean ARMED = new AtomicBoolean(false);
        static final String FAIL_ON = "a0047";

        @Bean
        ItemProcessListener<ArticleInput, ArticleOutcome> failOnOneArticle() {
            return new ItemProcessListener<>() {
                @Override
                public void beforeProcess(ArticleInput item) {
                    if (ARMED.get() && item.articleId().equals(FAIL_ON)) {
                        throw new IllegalStateException("injected failure on " + FAIL_ON);
                    }
                }
            };
        }

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2020-01-06T03:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Flyway flyway;

    @TempDir
    Path tmp;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp(@Autowired Job quoteJob) {
        jobOperatorTestUtils.setJob(quoteJob);
        FaultInjection.ARMED.set(false);
    }

    private JobParameters parameters(Path input, Path output) {
        return JobControl.parameters(input, output, RUN_DATE);
    }

    @Test
    void writesArticlesQuotationsAndRejectionsAndFindsExactDuplicates() throws Exception {
        Path input = tmp.resolve("in");
        Path output = tmp.resolve("out");
        TestArticles.writeFolder(input, 30);

        JobExecution execution = jobOperatorTestUtils.startJob(parameters(input, output));

        assertThat(execution.getStatus()).as(failures(execution)).isEqualTo(BatchStatus.COMPLETED);
        List<JsonNode> articles = lines(output.resolve("articles-2020-01-06.jsonl"));
        assertThat(articles).hasSize(30);
        assertThat(articles).extracting(a -> a.get("articleId").asString()).isSorted();
        JsonNode first = articles.get(0);
        assertThat(first.get("published").asString()).isEqualTo("2020-01-02");
        assertThat(first.get("title").asString()).isEqualTo("Council debates the new budget (story 1)");
        String body = first.get("body").asString();
        for (JsonNode quote : first.get("quotes")) {
            int start = quote.get("start").asInt();
            int end = quote.get("end").asInt();
            assertThat(body.substring(start, end)).isEqualTo(quote.get("text").asString());
            assertThat(quote.get("quotationId").asString()).startsWith("Q");
        }
        // a0010 is a copy of a0009 in other case and wrapping
        assertThat(articles.get(9).get("duplicateOf").asString()).isEqualTo("a0009");
        assertThat(articles.get(8).get("duplicateOf").isNull()).isTrue();

        List<JsonNode> rejected = lines(output.resolve("rejected-2020-01-06.jsonl"));
        assertThat(rejected).extracting(r -> r.get("articleId").asString() + ":" + r.get("reason").asString())
                .containsExactly("z-binary:BINARY", "z-empty:EMPTY", "z-nodate:NO_DATE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rejected_input", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article", Integer.class)).isEqualTo(30);

        // a duplicate's quotes are not counted again: occurrences come from the 27 originals only
        int quotesOfOriginals = 0;
        for (JsonNode a : articles) {
            if (a.get("duplicateOf").isNull()) {
                quotesOfOriginals += a.get("quotes").size();
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM occurrence", Integer.class)).isEqualTo(quotesOfOriginals);
        List<JsonNode> quotations = lines(output.resolve("quotations-2020-01-06.jsonl"));
        int occurrences = 0;
        for (JsonNode q : quotations) {
            occurrences += q.get("numOccurrences").asInt();
            assertThat(q.get("occurrences").size()).isEqualTo(q.get("numOccurrences").asInt());
        }
        assertThat(occurrences).isEqualTo(quotesOfOriginals);
    }

    /**
     * Across articles the same person is one speaker: a surname in an article read before the one that names the
     * person in full takes the full name in the quotation database, a bare description is no name, and a quote with
     * no speaker has a null name and a reason. The articles file keeps what each article says.
     */
    @Test
    void reaganAndRonaldReaganAreOneSpeakerAndADescriptionIsNoName() throws Exception {
        Path input = tmp.resolve("in");
        Path output = tmp.resolve("out");
        Files.createDirectories(input);
        Files.writeString(input.resolve("n1.txt"), """
                date 2020-01-02 Budget talks stall

                "We will not raise taxes this year," Reagan said on Thursday. The talks went on until late.

                "The numbers do not add up," an official said.
                """, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("n2.txt"), """
                date 2020-01-03 The president speaks on trade

                President Ronald Reagan said on Friday that "the tariffs on steel will stay where they are for now." He spoke in Washington.
                """, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("n3.txt"), """
                date 2020-01-03 Markets

                "Prices will fall again before the spring."
                """, StandardCharsets.UTF_8);

        JobExecution execution = jobOperatorTestUtils.startJob(parameters(input, output));

        assertThat(execution.getStatus()).as(failures(execution)).isEqualTo(BatchStatus.COMPLETED);
        List<JsonNode> occurrences = new java.util.ArrayList<>();
        List<String> topSpeakers = new java.util.ArrayList<>();
        for (JsonNode q : lines(output.resolve("quotations-2020-01-06.jsonl"))) {
            topSpeakers.add(q.get("speaker").asString());
            q.get("occurrences").forEach(occurrences::add);
        }
        Map<String, JsonNode> byQuote = new java.util.TreeMap<>();
        occurrences.forEach(o -> byQuote.put(o.get("quoteId").asString(), o));
        assertThat(byQuote.get("n1#q1").get("speaker").asString()).isEqualTo("Ronald Reagan");
        assertThat(byQuote.get("n2#q1").get("speaker").asString()).isEqualTo("Ronald Reagan");
        assertThat(byQuote.values()).extracting(o -> o.get("speaker").isNull() ? null : o.get("speaker").asString())
                .doesNotContain("Reagan", "official", "");
        JsonNode official = byQuote.get("n1#q2");
        assertThat(official.get("speaker").isNull()).isTrue();
        assertThat(official.get("speakerDescription").asString()).isEqualTo("official");
        JsonNode nobody = byQuote.get("n3#q1");
        assertThat(nobody.get("speaker").isNull()).isTrue();
        assertThat(nobody.get("speakerReason").asString()).isEqualTo("NO_CUE");
        assertThat(topSpeakers).doesNotContain("official", "Reagan");
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT speaker) FROM occurrence WHERE speaker LIKE '%Reagan'",
                Integer.class)).isEqualTo(1);
        // the history has the night's full name, for the nights to come
        assertThat(jdbc.queryForList("SELECT full_name FROM speaker_name WHERE short_key = 'reagan'", String.class))
                .containsOnly("Ronald Reagan");
        // the article keeps the speaker it gives
        JsonNode first = lines(output.resolve("articles-2020-01-06.jsonl")).get(0);
        assertThat(first.get("quotes").get(0).get("speaker").get("name").asString()).isEqualTo("Reagan");
    }

    @Test
    void restartAfterAFailureEndsWithTheFilesAndTablesOfAnUninterruptedRun() throws Exception {
        Path input = tmp.resolve("in");
        TestArticles.writeFolder(input, 120);
        Path failedOutput = tmp.resolve("restarted");

        FaultInjection.ARMED.set(true);
        // one thread: with several, the other partitions go on committing after the failure
        JobExecution failed = jobOperatorTestUtils.startJob(JobControl.parameters(input, failedOutput, RUN_DATE, 1));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions()).anyMatch(QuoteJobTest::causedByInjection);
        // chunks before the failing one were committed: a0001..a0040 with the test's chunk size of 20
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article", Integer.class)).isEqualTo(40);

        FaultInjection.ARMED.set(false);
        JobExecution restarted = jobOperatorTestUtils.getJobOperator().restart(failed);
        assertThat(restarted.getStatus()).as(failures(restarted)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).filteredOn(s -> s.getStepName().equals("analyze"))
                .singleElement().satisfies(s -> assertThat(s.getReadCount()).isEqualTo(123 - 40));
        Map<String, List<Map<String, Object>>> afterRestart = tables();

        // the same input, uninterrupted, in a fresh database, and with the default number of threads
        freshDatabase();
        Path cleanOutput = tmp.resolve("clean");
        JobExecution clean = jobOperatorTestUtils.startJob(parameters(input, cleanOutput));
        assertThat(clean.getStatus()).as(failures(clean)).isEqualTo(BatchStatus.COMPLETED);

        assertThat(tables()).isEqualTo(afterRestart);
        for (String file : List.of("articles-2020-01-06.jsonl", "quotations-2020-01-06.jsonl", "rejected-2020-01-06.jsonl")) {
            assertThat(Files.readString(failedOutput.resolve(file), StandardCharsets.UTF_8))
                    .as(file).isEqualTo(Files.readString(cleanOutput.resolve(file), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theTablesAndFilesAreTheSameForAnyNumberOfThreads() throws Exception {
        Path input = tmp.resolve("in");
        TestArticles.writeFolder(input, 90);
        Map<String, List<Map<String, Object>>> first = null;
        Path firstOutput = null;
        for (int threads : new int[] {1, 4, 3}) {
            freshDatabase();
            Path output = tmp.resolve("out-" + threads);
            JobExecution execution = jobOperatorTestUtils.startJob(JobControl.parameters(input, output, RUN_DATE, threads));
            assertThat(execution.getStatus()).as(failures(execution)).isEqualTo(BatchStatus.COMPLETED);
            // the analyze step ran as that many partitions, each on its own range of files
            assertThat(execution.getStepExecutions()).filteredOn(s -> s.getStepName().startsWith("analyzeFiles:"))
                    .hasSize(threads).allSatisfy(s -> assertThat(s.getReadCount()).isBetween(93L / threads, 93L / threads + 1));
            if (first == null) {
                first = tables();
                firstOutput = output;
                continue;
            }
            assertThat(tables()).as(threads + " threads").isEqualTo(first);
            for (String file : List.of("articles-2020-01-06.jsonl", "quotations-2020-01-06.jsonl", "rejected-2020-01-06.jsonl")) {
                assertThat(Files.readString(output.resolve(file), StandardCharsets.UTF_8)).as(threads + " threads: " + file)
                        .isEqualTo(Files.readString(firstOutput.resolve(file), StandardCharsets.UTF_8));
            }
        }
    }

    /** An empty database with the schema of every migration (Flyway's, so that it serves H2 and PostgreSQL alike). */
    void freshDatabase() {
        flyway.clean();
        flyway.migrate();
    }

    @Test
    void theSameArticlesOnAnotherNightAreNotCountedTwiceAndAChangedOneIsRecounted() throws Exception {
        Path input = tmp.resolve("in");
        TestArticles.writeFolder(input, 20);
        JobExecution first = jobOperatorTestUtils.startJob(JobControl.parameters(input, tmp.resolve("o1"), RUN_DATE));
        assertThat(first.getStatus()).as(failures(first)).isEqualTo(BatchStatus.COMPLETED);
        Map<String, List<Map<String, Object>>> afterFirst = tables();
        long occurrences = count("occurrence");

        // the same files delivered again the next night: nothing new, nothing counted twice
        JobExecution second = jobOperatorTestUtils.startJob(
                JobControl.parameters(input, tmp.resolve("o2"), RUN_DATE.plusDays(1)));
        assertThat(second.getStatus()).as(failures(second)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("occurrence")).isEqualTo(occurrences);
        assertThat(tables().get("occurrence")).isEqualTo(afterFirst.get("occurrence"));
        assertThat(tables().get("quotation")).isEqualTo(afterFirst.get("quotation"));
        assertThat(stored("SELECT SUM(num_occurrences) FROM quotation")).isEqualTo(occurrences);

        // the second night's files are second versions, exact copies of the first: kept beside them, adding nothing
        assertThat(jdbc.queryForList("SELECT duplicate_of FROM article WHERE article_id = 'a0003//v2'", String.class))
                .containsExactly("a0003");

        // a corrected article: a third version; the old quotes leave their quotations, the new ones are counted once,
        // and the earlier versions stay with their texts, superseded
        Path corrected = input.resolve("a0003.txt");
        Files.writeString(corrected, Files.readString(corrected).replace("is not finished yet", "was finished today"));
        JobExecution third = jobOperatorTestUtils.startJob(
                JobControl.parameters(input, tmp.resolve("o3"), RUN_DATE.plusDays(2)));
        assertThat(third.getStatus()).as(failures(third)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("occurrence")).isEqualTo(occurrences);
        assertThat(stored("SELECT SUM(num_occurrences) FROM quotation")).isEqualTo(occurrences);
        assertThat(stored("SELECT COUNT(*) FROM quotation q WHERE NOT EXISTS "
                + "(SELECT 1 FROM occurrence o WHERE o.quotation_id = q.quotation_id)")).isZero();
        assertThat(jdbc.queryForList("SELECT q.quotation FROM occurrence o JOIN quotation q ON q.quotation_id = "
                + "o.quotation_id WHERE o.article_id LIKE 'a0003%'", String.class))
                .anyMatch(text -> text.contains("was finished today"))
                .noneMatch(text -> text.contains("is not finished yet"));
        assertThat(jdbc.queryForList("SELECT a.article_id || ' ' || a.version || ' ' || COALESCE(superseded_by, '-') || ' '"
                // CASE, not the boolean itself: H2 writes a boolean as TRUE, PostgreSQL as true
                + " || CASE WHEN t.body LIKE '%is not finished yet%' THEN 'TRUE' ELSE 'FALSE' END FROM article a JOIN article_text t ON t.article_id = a.article_id"
                + " WHERE base_id = 'a0003' ORDER BY version", String.class))
                .containsExactly("a0003 1 a0003//v3 TRUE", "a0003//v2 2 a0003//v3 TRUE", "a0003//v3 3 - FALSE");
        JsonNode third0003 = lines(tmp.resolve("o3/articles-2020-01-08.jsonl")).stream()
                .filter(a -> a.get("articleId").asString().startsWith("a0003")).findFirst().orElseThrow();
        assertThat(third0003.get("articleId").asString()).isEqualTo("a0003//v3");
        assertThat(third0003.get("version").asInt()).isEqualTo(3);
        assertThat(third0003.get("duplicateOf").isNull()).isTrue();
    }

    @Test
    void twoFilesOfOneNameInTwoFoldersAreTwoArticlesAndALaterRunOfTheSameFolderAddsVersionsNotReplacements()
            throws Exception {
        Path input = tmp.resolve("in");
        Files.createDirectories(input.resolve("a"));
        Files.createDirectories(input.resolve("b"));
        Files.writeString(input.resolve("a/x.txt"), "date 2020-01-02 “We will open the bridge in May,” Mayor Ann Lee said.");
        Files.writeString(input.resolve("b/x.txt"), "date 2020-01-02 “The harbour stays closed,” Port chief Tom Hale said.");
        JobExecution first = jobOperatorTestUtils.startJob(JobControl.parameters(input, tmp.resolve("o1"), RUN_DATE));
        assertThat(first.getStatus()).as(failures(first)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(lines(tmp.resolve("o1/articles-2020-01-06.jsonl"))).extracting(a -> a.get("articleId").asString())
                .containsExactly("a/x", "b/x");
        assertThat(count("occurrence")).isEqualTo(2);

        // another folder on the same date, with a file of the same relative name and another text: a second version
        Path other = tmp.resolve("other");
        Files.createDirectories(other.resolve("a"));
        Files.writeString(other.resolve("a/x.txt"), "date 2020-01-03 “Nothing is decided,” Councillor Rita Moss said.");
        JobExecution second = jobOperatorTestUtils.startJob(JobControl.parameters(other, tmp.resolve("o2"), RUN_DATE));
        assertThat(second.getStatus()).as(failures(second)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT article_id FROM article ORDER BY article_id", String.class))
                .containsExactly("a/x", "a/x//v2", "b/x");
        assertThat(jdbc.queryForObject("SELECT body FROM article_text WHERE article_id = 'a/x'", String.class))
                .contains("open the bridge");
        assertThat(jdbc.queryForList("SELECT quotation FROM quotation ORDER BY quotation", String.class))
                .containsExactly("Nothing is decided,", "The harbour stays closed,");
    }

    private long count(String table) {
        return stored("SELECT COUNT(*) FROM " + table);
    }

    private long stored(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    /** What made a run fail, so that a failed status says why. */
    static String failures(JobExecution execution) {
        StringBuilder why = new StringBuilder();
        for (Throwable t : execution.getAllFailureExceptions()) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                why.append(c).append("; ");
            }
        }
        return why.toString();
    }

    private static boolean causedByInjection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("injected failure on " + FaultInjection.FAIL_ON)) {
                return true;
            }
        }
        return false;
    }

    private Map<String, List<Map<String, Object>>> tables() {
        return Map.of(
                "article", jdbc.queryForList("SELECT a.article_id, source, published, title, body, content_hash, "
                        + "timexes, quotes, duplicate_of FROM article a JOIN article_text t ON t.article_id = a.article_id ORDER BY a.article_id"),
                "occurrence", jdbc.queryForList("SELECT * FROM occurrence ORDER BY article_id, quote_id"),
                "quotation", jdbc.queryForList("SELECT quotation_id, quotation, first_date FROM quotation ORDER BY quotation_id"),
                "rejected", jdbc.queryForList("SELECT source, article_id, reason, detail FROM rejected_input ORDER BY source"));
    }

    List<JsonNode> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(json::readTree).toList();
    }
}
