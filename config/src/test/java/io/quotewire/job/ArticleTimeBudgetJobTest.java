package io.quotewire.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.QuotewireApplication;
import io.quotewire.TestArticles;
import io.quotewire.cli.JobControl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A night with a budget of 1 ns per article: the long article runs over and is rejected as TOO_SLOW, the others are
 * processed and the run completes. Deterministic whatever the machine's speed: the engines read the clock only every
 * 1024 loop steps, which the long article passes many times and the short ones never reach.
 */
@SpringBootTest(classes = QuotewireApplication.class, properties = "quotewire.article-time-budget=1ns")
@SpringBatchTest
@ActiveProfiles("test")
class ArticleTimeBudgetJobTest {
    private static final LocalDate RUN_DATE = LocalDate.of(2020, 1, 6);

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path tmp;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theArticleThatRunsOverIsRejectedAndTheNightGoesOn(@Autowired Job quoteJob) throws Exception {
        jobOperatorTestUtils.setJob(quoteJob);
        Path input = tmp.resolve("in");
        Path output = tmp.resolve("out");
        TestArticles.writeFolder(input, 12);
        StringBuilder runaway = new StringBuilder("date 2020-01-03 ");
        for (int i = 0; i < 4_000; i++) {
            runaway.append("Smith said on Monday “the plan number ").append(i).append(" is working.”\n\n");
        }
        Files.writeString(input.resolve("m-runaway.txt"), runaway, StandardCharsets.UTF_8);

        JobExecution execution = jobOperatorTestUtils.startJob(JobControl.parameters(input, output, RUN_DATE));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<JsonNode> articles = lines(output.resolve("articles-2020-01-06.jsonl"));
        assertThat(articles).extracting(a -> a.get("articleId").asString()).hasSize(12).doesNotContain("m-runaway");
        assertThat(articles).allSatisfy(a -> assertThat(a.get("quotes")).isNotEmpty());
        assertThat(lines(output.resolve("quotations-2020-01-06.jsonl"))).isNotEmpty();

        List<JsonNode> rejected = lines(output.resolve("rejected-2020-01-06.jsonl"));
        assertThat(rejected).extracting(r -> r.get("articleId").asString() + ":" + r.get("reason").asString())
                .containsExactly("m-runaway:TOO_SLOW", "z-binary:BINARY", "z-empty:EMPTY", "z-nodate:NO_DATE");
        String expectedDetail = "analysis took more than 1ns \\(in [a-z ]+\\); the budget is "
                + "quotewire\\.article-time-budget";
        assertThat(rejected.get(0).get("detail").asString()).matches(expectedDetail);
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT reason, detail FROM rejected_input WHERE article_id = 'm-runaway'");
        assertThat(row.get("reason")).isEqualTo("TOO_SLOW");
        assertThat((String) row.get("detail")).matches(expectedDetail);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article", Integer.class)).isEqualTo(12);
    }

    private List<JsonNode> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(json::readTree).toList();
    }
}
