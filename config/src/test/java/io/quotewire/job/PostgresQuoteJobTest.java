package io.quotewire.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.QuotewireApplication;
import io.quotewire.TestArticles;
import io.quotewire.cli.JobControl;
import io.quotewire.pg.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link QuoteJobTest}'s tests, every assertion unchanged, on PostgreSQL (the server of {@link TestPostgres}), and
 * one more: the files of a run on PostgreSQL are those of the same run on H2, byte for byte.
 */
class PostgresQuoteJobTest extends QuoteJobTest {

    /** Called for each Spring context, and the context is new for each test (DirtiesContext): a new database each. */
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }

    @Test
    void theFilesOfARunOnPostgresqlAreThoseOfTheSameRunOnH2ByteForByte() throws Exception {
        Path input = tmp.resolve("in");
        TestArticles.writeFolder(input, 90);
        LocalDate runDate = LocalDate.of(2020, 1, 6);
        Path onPostgres = tmp.resolve("pg");
        JobExecution pg = jobOperatorTestUtils.startJob(JobControl.parameters(input, onPostgres, runDate));
        assertThat(pg.getStatus()).as(failures(pg)).isEqualTo(BatchStatus.COMPLETED);
        // PostgreSQL keeps the JSON columns as jsonb, which a user can query inside
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE jsonb_typeof(quotes) = 'array'"
                + " AND jsonb_array_length(quotes) > 0", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article_text WHERE jsonb_typeof(timexes) = 'array'",
                Long.class)).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM article_text", Long.class));

        // the same application on the test profile's H2 (an in-memory database of its own), with the same fixed clock
        Path onH2 = tmp.resolve("h2");
        try (ConfigurableApplicationContext h2 = new SpringApplicationBuilder(QuotewireApplication.class,
                FaultInjection.class).profiles("test").web(WebApplicationType.NONE).run()) {
            JobExecution run = h2.getBean(JobOperator.class).start(h2.getBean("quoteJob", Job.class),
                    JobControl.parameters(input, onH2, runDate));
            assertThat(run.getStatus()).as(failures(run)).isEqualTo(BatchStatus.COMPLETED);
        }

        List<String> files = names(onH2);
        assertThat(names(onPostgres)).isEqualTo(files);
        // every output file but the run report, which gives the run's wall-clock times and its output folder
        List<String> data = files.stream().filter(f -> !f.startsWith("report-")).toList();
        assertThat(data).containsExactly("articles-2020-01-06.jsonl", "quotations-2020-01-06.jsonl",
                "rejected-2020-01-06.jsonl");
        for (String file : data) {
            // as text first, so that a difference is shown as one; then the bytes
            assertThat(Files.readString(onPostgres.resolve(file))).as(file).isEqualTo(Files.readString(onH2.resolve(file)));
            assertThat(Files.readAllBytes(onPostgres.resolve(file))).as(file).isEqualTo(Files.readAllBytes(onH2.resolve(file)));
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
