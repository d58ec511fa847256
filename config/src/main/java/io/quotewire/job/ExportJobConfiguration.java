package io.quotewire.job;

import io.quotewire.QuotewireProperties;
import io.quotewire.core.dedup.QuotationSummary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The export job: a completed night's files written again from the database. Its JSON Lines steps are the quote
 * job's own export steps (same readers, writers and order, so the files are the same bytes), told by the job
 * parameter {@value JobParameterNames#SOURCE_INSTANCE} which night's rows to read; the CSV step reads the night's
 * quotations like the quotations step and writes them flat. Each export is a job instance of its own (the identifying
 * {@value #EXPORT_ID}, random: two exports in the same millisecond are two instances too), so a night can be exported
 * any number of times; the quote job keeps its instances as they
 * are, identified by input folder and date. None of the quote job's listeners (report, run owner) are attached.
 */
@Configuration
public class ExportJobConfiguration {
    public static final String JOB_NAME = "exportJob";
    /** Identifying: a random id, so each export is a new instance. */
    public static final String EXPORT_ID = "exportId";
    /** Not identifying: when the export was asked for. */
    public static final String EXPORTED_AT = "exportedAt";
    /** Identifying: the formats, comma-separated. */
    public static final String FORMATS = "formats";

    /** What an export writes. */
    public enum Format {
        /** The run's own three files: articles, quotations, rejections. */
        JSONL,
        /** Quotations and their occurrences as two flat CSV files. */
        CSV
    }

    @Bean
    @StepScope
    public QuotationCsvWriter quotationCsvWriter(@Value("#{jobParameters['output']}") String output,
                                                 @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        return new QuotationCsvWriter(Path.of(output), runDate);
    }

    @Bean
    public Step exportCsvStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              JdbcPagingItemReader<String> updatedQuotationReader,
                              QuotationSummaryProcessor quotationSummaryProcessor,
                              QuotationCsvWriter quotationCsvWriter, QuotewireProperties properties,
                              JdbcTemplate jdbcTemplate, java.time.Clock clock) {
        return QuoteJobConfiguration.<String, QuotationSummary>exportStep("exportCsv", jobRepository,
                transactionManager, properties, updatedQuotationReader, quotationSummaryProcessor, quotationCsvWriter,
                QuoteJobConfiguration.progress(clock, e -> jdbcTemplate.queryForObject(
                        "SELECT COUNT(*) FROM quotation WHERE updated_instance = ?", Long.class,
                        QuoteJobConfiguration.rowsInstance(e))));
    }

    @Bean
    public ExportJobs exportJobs(JobRepository jobRepository, Step exportArticlesStep, Step exportQuotationsStep,
                                 Step exportRejectionsStep, Step exportCsvStep, LocalExecutions localExecutions) {
        return new ExportJobs(jobRepository, List.of(exportArticlesStep, exportQuotationsStep, exportRejectionsStep),
                List.of(exportCsvStep), localExecutions);
    }

    /** Builds the export job for the formats asked for. */
    public static final class ExportJobs {
        private final JobRepository jobRepository;
        private final List<Step> jsonLines;
        private final List<Step> csv;
        private final LocalExecutions localExecutions;

        ExportJobs(JobRepository jobRepository, List<Step> jsonLines, List<Step> csv, LocalExecutions localExecutions) {
            this.jobRepository = jobRepository;
            this.localExecutions = localExecutions;
            this.jsonLines = List.copyOf(jsonLines);
            this.csv = List.copyOf(csv);
        }

        public Job job(Set<Format> formats) {
            List<Step> steps = new ArrayList<>();
            if (formats.contains(Format.JSONL)) {
                steps.addAll(jsonLines);
            }
            if (formats.contains(Format.CSV)) {
                steps.addAll(csv);
            }
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("no format to export");
            }
            // known to the signal handler, so SIGTERM stops an export at a chunk boundary rather than leaving it STARTED
            SimpleJobBuilder builder = new JobBuilder(JOB_NAME, jobRepository).listener(localExecutions)
                    .start(steps.get(0));
            steps.subList(1, steps.size()).forEach(builder::next);
            return builder.build();
        }

        /** The parameters of one export of the night {@code sourceInstance} (a quote job instance) to {@code output}. */
        public static JobParameters parameters(long sourceInstance, LocalDate runDate, Path output, Set<Format> formats,
                                               LocalDateTime now) {
            return new JobParametersBuilder()
                    .addLong(JobParameterNames.SOURCE_INSTANCE, sourceInstance, true)
                    .addLocalDate(JobParameterNames.RUN_DATE, runDate, true)
                    .addString(FORMATS, String.join(",", formats.stream().map(Enum::name).sorted().toList()), true)
                    .addString(EXPORT_ID, java.util.UUID.randomUUID().toString(), true)
                    .addLocalDateTime(EXPORTED_AT, now, false)
                    .addString(JobParameterNames.OUTPUT, output.toAbsolutePath().normalize().toString(), false)
                    .toJobParameters();
        }
    }
}
