package io.quotewire.job;

import io.quotewire.QuotewireProperties;
import io.quotewire.core.ArticleFingerprint;
import io.quotewire.core.ArticleInput;
import io.quotewire.processors.dedup.ArticleDeduplicator;
import io.quotewire.processors.dedup.ChunkQuotationStore;
import io.quotewire.processors.dedup.Fingerprinter;
import io.quotewire.processors.dedup.QuotationAggregator;
import io.quotewire.processors.speakers.CrossArticleSpeakers;
import io.quotewire.core.ArticleOutcome;
import io.quotewire.processors.ArticleAnalysisProcessor;
import io.quotewire.processors.ArticleAnalyzer;
import io.quotewire.readers.ArticleFileDecoder;
import io.quotewire.readers.ArticleFileReader;
import io.quotewire.writers.jdbc.ArticleOutcomeWriter;
import io.quotewire.writers.jdbc.ArticleTable;
import io.quotewire.writers.jdbc.ArticleVersions;
import io.quotewire.writers.jdbc.JdbcArticleIndex;
import io.quotewire.writers.jdbc.JdbcQuotationStore;
import io.quotewire.writers.jdbc.JdbcSpeakerNames;
import io.quotewire.writers.json.ArticleJson;
import io.quotewire.writers.json.JsonCodec;
import io.quotewire.writers.json.JsonLineAggregator;
import io.quotewire.writers.json.RejectionJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemWriterBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quote job: analyse each article file (per-article work, partitionable), take the cross-article decisions
 * in a deterministic order, then export the run's JSON Lines files from the database. Every chunk step runs in
 * the JDBC transaction manager, so the output tables, the JSON Lines files and the job repository commit together.
 */
@Configuration
public class QuoteJobConfiguration {
    public static final String JOB_NAME = "quoteJob";

    /**
     * The job instance whose rows a step reads or writes: its own, or, in the export job, the night's it exports
     * (job parameter {@value JobParameterNames#SOURCE_INSTANCE}), so both jobs share these readers and writers.
     */
    private static final String INSTANCE_ID = "#{jobParameters['" + JobParameterNames.SOURCE_INSTANCE
            + "'] ?: stepExecution.jobExecution.jobInstance.instanceId}";
    private static final String RUN_DATE = "#{jobParameters['runDate']}";
    private static final String OUTPUT = "#{jobParameters['output']}";
    /** An article row with its text (written apart, once), by primary key. */
    private static final String ARTICLE_WITH_TEXT = "article a JOIN article_text t ON t.article_id = a.article_id";

    /** The JSON Lines file each export step writes, by step name; the command line names it in a failure. */
    private static final Map<String, String> EXPORT_FILES = Map.of("exportArticles", "articles",
            "exportQuotations", "quotations", "exportRejections", "rejected");

    /** The file the named step writes in the output folder, when it is an export step. */
    public static Optional<Path> exportFile(String stepName, Path output, LocalDate runDate) {
        return Optional.ofNullable(EXPORT_FILES.get(stepName)).map(name -> output.resolve(name + "-" + runDate + ".jsonl"));
    }

    @Bean
    public Job quoteJob(JobRepository jobRepository, Step analyzeStep, Step deduplicateStep, Step exportArticlesStep,
                        Step exportQuotationsStep, Step exportRejectionsStep,
                        ObjectProvider<JobExecutionListener> jobListeners) {
        // No incrementer: the input folder and runDate identify the instance, and a restart resumes it.
        JobBuilder builder = new JobBuilder(JOB_NAME, jobRepository);
        // every JobExecutionListener bean: the run owner record, the run report, ...
        jobListeners.orderedStream().forEach(builder::listener);
        return builder
                .start(analyzeStep)
                .next(deduplicateStep)
                .next(exportArticlesStep)
                .next(exportQuotationsStep)
                .next(exportRejectionsStep)
                .build();
    }

    // ---- collaborators -------------------------------------------------------------------------------------

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    public JsonCodec jsonCodec() {
        return new JsonCodec(JsonMapper.builder().build());
    }

    @Bean
    public ArticleAnalyzer articleAnalyzer() {
        return ArticleAnalyzer.withDefaults();
    }

    @Bean
    public ArticleTable articleTable(JdbcTemplate jdbcTemplate, JsonCodec jsonCodec) {
        // each article's full speaker names, recorded with it: the cross-article step's night table
        return new ArticleTable(jdbcTemplate, jsonCodec, CrossArticleSpeakers::sightingsOf);
    }

    @Bean
    public RunLogListener runLogListener(@Value("${spring.datasource.url:unknown}") String databaseUrl) {
        return new RunLogListener(databaseUrl);
    }

    @Bean
    public LocalExecutions localExecutions() {
        return new LocalExecutions();
    }

    @Bean
    public RunOwnerListener runOwnerListener(JdbcTemplate jdbcTemplate, Clock clock) {
        return new RunOwnerListener(jdbcTemplate, clock, RunOwner.current());
    }

    // ---- step 1: per-article analysis ----------------------------------------------------------------------

    /**
     * The analyze step's partitions: contiguous ranges of the input folder's files, as many as the run's threads
     * (job parameter {@code threads}, default: the machine's cores). Stored with the step, so a restart runs the
     * same ranges whatever its own thread count.
     */
    @Bean
    @StepScope
    public ArticleFilePartitioner articleFilePartitioner(@Value("#{jobParameters['input']}") String input,
                                                         @Value("#{jobParameters['threads']}") Long threads,
                                                         QuotewireProperties properties) {
        int n = threads != null ? threads.intValue()
                : properties.threads() > 0 ? properties.threads() : Runtime.getRuntime().availableProcessors();
        return new ArticleFilePartitioner(Path.of(input), n);
    }

    @Bean
    @StepScope
    public ArticleFileReader articleFileReader(@Value("#{jobParameters['input']}") String input,
                                               @Value("#{stepExecutionContext['" + ArticleFilePartitioner.FROM + "']}") Integer from,
                                               @Value("#{stepExecutionContext['" + ArticleFilePartitioner.TO + "']}") Integer to,
                                               QuotewireProperties properties) {
        return new ArticleFileReader(Path.of(input), properties.maxFileBytes(), new ArticleFileDecoder(), from, to);
    }

    @Bean
    @StepScope
    public ArticleAnalysisProcessor articleAnalysisProcessor(ArticleAnalyzer articleAnalyzer,
                                                             @Value(RUN_DATE) LocalDate runDate,
                                                             QuotewireProperties properties) {
        return new ArticleAnalysisProcessor(articleAnalyzer, runDate, properties.articleTimeBudget(), System::nanoTime,
                properties.maxQuotesPerArticle());
    }

    @Bean
    @StepScope
    public ArticleOutcomeWriter articleOutcomeWriter(ArticleTable articleTable, @Value(INSTANCE_ID) Long instanceId,
                                                     @Value(RUN_DATE) LocalDate runDate, Clock clock) {
        return new ArticleOutcomeWriter(articleTable, instanceId, runDate, clock);
    }

    /**
     * Per-article analysis, partitioned (Spring Batch local partitioning): each partition reads its range of files,
     * analyses each article and writes the results in its own chunk transactions, on its own thread. Nothing in it
     * depends on another article, so the rows written are the same for any number of partitions.
     */
    @Bean
    @ConditionalOnProperty(name = "quotewire.remote.manager", havingValue = "false", matchIfMissing = true)
    public Step analyzeStep(JobRepository jobRepository, Step analyzeWorkerStep,
                            ArticleFilePartitioner articleFilePartitioner) {
        return new StepBuilder("analyze", jobRepository)
                .listener(new JobExecutionResync(jobRepository))
                .partitioner(analyzeWorkerStep.getName(), articleFilePartitioner)
                .step(analyzeWorkerStep)
                // one thread per partition: the partitioner made as many as the run's threads
                .taskExecutor(new SimpleAsyncTaskExecutor("analyze-"))
                .build();
    }

    @Bean
    public Step analyzeWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  ArticleFileReader articleFileReader, ArticleAnalysisProcessor articleAnalysisProcessor,
                                  ArticleOutcomeWriter articleOutcomeWriter, QuotewireProperties properties,
                                  ObjectProvider<ItemProcessListener<ArticleInput, ArticleOutcome>> processListeners,
                                  LocalExecutions localExecutions, Clock clock) {
        ChunkOrientedStepBuilder<ArticleInput, ArticleOutcome> builder = new StepBuilder("analyzeFiles", jobRepository)
                .<ArticleInput, ArticleOutcome>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(articleFileReader)
                .processor(articleAnalysisProcessor)
                .writer(articleOutcomeWriter);
        processListeners.orderedStream().forEach(builder::listener);
        builder.listener((org.springframework.batch.core.listener.StepExecutionListener) localExecutions);
        builder.listener(progress(clock, e -> countFiles(e.getJobParameters().getString(JobParameterNames.INPUT))));
        return builder.build();
    }

    // ---- step 2: cross-article decisions -------------------------------------------------------------------

    @Bean
    @StepScope
    public JdbcPagingItemReader<CrossArticleWriter.Item> runArticlesReader(DataSource dataSource,
                                                                          @Value(INSTANCE_ID) Long instanceId) throws Exception {
        return rowsOfRun("runArticlesReader", dataSource, "a.article_id, published, body, content_hash, minhash, quotes",
                ARTICLE_WITH_TEXT, "job_instance_id", instanceId,
                (rs, n) -> new CrossArticleWriter.Item(rs.getString("article_id"),
                        rs.getObject("published", LocalDate.class), rs.getString("body"),
                        new ArticleFingerprint(rs.getString("content_hash").trim(), ArticleTable.toLongs(rs.getBytes("minhash"))),
                        rs.getString("quotes")),
                "run_order");
    }

    @Bean
    @StepScope
    public CrossArticleWriter crossArticleWriter(JdbcTemplate jdbcTemplate, JsonCodec jsonCodec, ArticleTable articleTable,
                                                 ArticleDeduplicator.Config deduplicationConfig,
                                                 @Value(INSTANCE_ID) Long instanceId) {
        JdbcArticleIndex index = new JdbcArticleIndex(jdbcTemplate, true);
        ArticleDeduplicator deduplicator = new ArticleDeduplicator(index, new Fingerprinter(), deduplicationConfig);
        JdbcQuotationStore database = new JdbcQuotationStore(jdbcTemplate, instanceId);
        QuotationAggregator.Config aggregation = QuotationAggregator.Config.defaults();
        ChunkQuotationStore quotations = new ChunkQuotationStore(database, database, aggregation);
        CrossArticleSpeakers speakers = new CrossArticleSpeakers(new JdbcSpeakerNames(jdbcTemplate, instanceId),
                CrossArticleSpeakers.Config.defaults());
        return new CrossArticleWriter(deduplicator, index, speakers, new QuotationAggregator(quotations, aggregation), quotations,
                articleTable, jsonCodec, new ArticleVersions(jdbcTemplate), instanceId);
    }

    @Bean
    public ArticleDeduplicator.Config deduplicationConfig(QuotewireProperties properties) {
        return new ArticleDeduplicator.Config(properties.dedup().similarity(), properties.dedup().windowDays(), false,
                properties.dedup().containment(), properties.dedup().maxCandidates());
    }

    @Bean
    public Step deduplicateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                JdbcPagingItemReader<CrossArticleWriter.Item> runArticlesReader,
                                CrossArticleWriter crossArticleWriter, QuotewireProperties properties,
                                JdbcTemplate jdbcTemplate, Clock clock) {
        return new StepBuilder("deduplicate", jobRepository)
                .<CrossArticleWriter.Item, CrossArticleWriter.Item>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .listener(progress(clock, e -> count(jdbcTemplate, "article", "job_instance_id", e)))
                .reader(runArticlesReader)
                .writer(crossArticleWriter)
                .build();
    }

    // ---- step 3: JSON Lines exports ------------------------------------------------------------------------

    @Bean
    @StepScope
    public JdbcPagingItemReader<ArticleJson> articleJsonReader(DataSource dataSource, JsonCodec jsonCodec,
                                                              @Value(INSTANCE_ID) Long instanceId) throws Exception {
        return rowsOfRun("articleJsonReader", dataSource, "a.article_id, version, source, published, published_raw, "
                + "published_at, title, body, content_hash, duplicate_of, timexes, quotes", ARTICLE_WITH_TEXT, "job_instance_id", instanceId,
                (rs, n) -> {
                    OffsetDateTime at = rs.getObject("published_at", OffsetDateTime.class);
                    return new ArticleJson(rs.getString("article_id"), rs.getInt("version"), rs.getString("source"),
                            rs.getObject("published", LocalDate.class).toString(), rs.getString("published_raw"),
                            at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString(),
                            rs.getString("title"), rs.getString("body"), rs.getString("content_hash").trim(),
                            rs.getString("duplicate_of"), jsonCodec.timexJson(rs.getString("timexes")),
                            jsonCodec.quoteJson(rs.getString("quotes")));
                }, "a.article_id", "article_key");
    }

    @Bean
    @StepScope
    public FlatFileItemWriter<ArticleJson> articleJsonWriter(JsonCodec jsonCodec, @Value(OUTPUT) String output,
                                                             @Value(RUN_DATE) LocalDate runDate) {
        return jsonLinesWriter("articleJsonWriter", jsonCodec, exportFile("exportArticles", Path.of(output), runDate).orElseThrow());
    }

    @Bean
    public Step exportArticlesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   JdbcPagingItemReader<ArticleJson> articleJsonReader,
                                   FlatFileItemWriter<ArticleJson> articleJsonWriter, QuotewireProperties properties,
                                   JdbcTemplate jdbcTemplate, Clock clock) {
        return exportStep("exportArticles", jobRepository, transactionManager, properties, articleJsonReader, null,
                articleJsonWriter, progress(clock, e -> count(jdbcTemplate, "article", "job_instance_id", e)));
    }

    @Bean
    @StepScope
    public JdbcPagingItemReader<String> updatedQuotationReader(DataSource dataSource,
                                                              @Value(INSTANCE_ID) Long instanceId) throws Exception {
        return rowsOfRun("updatedQuotationReader", dataSource, "quotation_id", "quotation", "updated_instance", instanceId,
                (rs, n) -> rs.getString(1), "quotation_id");
    }

    @Bean
    @StepScope
    public QuotationSummaryProcessor quotationSummaryProcessor(JdbcTemplate jdbcTemplate,
                                                               @Value(INSTANCE_ID) Long instanceId) {
        return new QuotationSummaryProcessor(new QuotationAggregator(new JdbcQuotationStore(jdbcTemplate, instanceId)));
    }

    @Bean
    @StepScope
    public FlatFileItemWriter<Object> quotationJsonWriter(JsonCodec jsonCodec, @Value(OUTPUT) String output,
                                                          @Value(RUN_DATE) LocalDate runDate) {
        return jsonLinesWriter("quotationJsonWriter", jsonCodec, exportFile("exportQuotations", Path.of(output), runDate).orElseThrow());
    }

    @Bean
    public Step exportQuotationsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     JdbcPagingItemReader<String> updatedQuotationReader,
                                     QuotationSummaryProcessor quotationSummaryProcessor,
                                     FlatFileItemWriter<Object> quotationJsonWriter, QuotewireProperties properties,
                                     JdbcTemplate jdbcTemplate, Clock clock) {
        return exportStep("exportQuotations", jobRepository, transactionManager, properties, updatedQuotationReader,
                quotationSummaryProcessor, quotationJsonWriter,
                progress(clock, e -> count(jdbcTemplate, "quotation", "updated_instance", e)));
    }

    @Bean
    @StepScope
    public JdbcPagingItemReader<RejectionJson> rejectionReader(DataSource dataSource, @Value(INSTANCE_ID) Long instanceId) throws Exception {
        return rowsOfRun("rejectionReader", dataSource, "article_id, source, reason, detail, rejected_at",
                "rejected_input", "job_instance_id", instanceId,
                (rs, n) -> new RejectionJson(rs.getString("article_id"), rs.getString("source"),
                        rs.getString("reason"), rs.getString("detail"),
                        rs.getObject("rejected_at", OffsetDateTime.class).toInstant().toString()),
                "source");
    }

    @Bean
    @StepScope
    public FlatFileItemWriter<RejectionJson> rejectionJsonWriter(JsonCodec jsonCodec, @Value(OUTPUT) String output,
                                                                 @Value(RUN_DATE) LocalDate runDate) {
        return jsonLinesWriter("rejectionJsonWriter", jsonCodec, exportFile("exportRejections", Path.of(output), runDate).orElseThrow());
    }

    @Bean
    public Step exportRejectionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     JdbcPagingItemReader<RejectionJson> rejectionReader,
                                     FlatFileItemWriter<RejectionJson> rejectionJsonWriter, QuotewireProperties properties) {
        return exportStep("exportRejections", jobRepository, transactionManager, properties, rejectionReader, null,
                rejectionJsonWriter, null);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /**
     * An export step: rows of the run from the database to a JSON Lines file, in the JDBC transaction, optionally
     * through a processor and with a progress reporter.
     */
    static <I, O> Step exportStep(String name, JobRepository jobRepository,
                                          PlatformTransactionManager transactionManager, QuotewireProperties properties,
                                          ItemReader<I> reader, ItemProcessor<? super I, ? extends O> processor,
                                          ItemWriter<O> writer, ProgressReporter progress) {
        ChunkOrientedStepBuilder<I, O> builder = new StepBuilder(name, jobRepository)
                .<I, O>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(reader)
                .writer(writer);
        if (processor != null) {
            builder.processor(processor);
        }
        if (progress != null) {
            builder.listener(progress);
        }
        return builder.build();
    }

    static ProgressReporter progress(Clock clock, java.util.function.ToLongFunction<StepExecution> total) {
        // a live bar only for a person at a terminal; logs every 5 s either way
        return new ProgressReporter(total, clock, Duration.ofSeconds(5),
                System.console() != null ? () -> System.err : null);
    }

    private static long countFiles(String input) {
        try {
            return ArticleFileReader.listArticles(Path.of(input)).size();
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long count(JdbcTemplate jdbc, String table, String instanceColumn, StepExecution e) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + instanceColumn + " = ?", Long.class,
                rowsInstance(e));
        return n == null ? 0 : n;
    }

    /** As {@link #INSTANCE_ID}: the instance whose rows the step works on. */
    public static long rowsInstance(StepExecution e) {
        Long source = e.getJobParameters().getLong(JobParameterNames.SOURCE_INSTANCE);
        return source != null ? source : e.getJobExecution().getJobInstance().getInstanceId();
    }

    /**
     * A restartable reader of the rows a job instance wrote to {@code table}, in the order of {@code sortColumn}
     * (unique within the run, indexed after the instance column): the paging reader saves the last key at each
     * commit and resumes after it, and every page is an index range of its own size.
     */
    private static <T> JdbcPagingItemReader<T> rowsOfRun(String name, DataSource dataSource, String columns, String table,
                                                         String instanceColumn, long instanceId, RowMapper<T> rowMapper,
                                                         String sortColumn) throws Exception {
        return rowsOfRun(name, dataSource, columns, table, instanceColumn, instanceId, rowMapper, sortColumn, sortColumn);
    }

    /** As above, with the sort column qualified by a table alias and selected under {@code sortLabel}. */
    private static <T> JdbcPagingItemReader<T> rowsOfRun(String name, DataSource dataSource, String columns, String table,
                                                         String instanceColumn, long instanceId, RowMapper<T> rowMapper,
                                                         String sortColumn, String sortLabel) throws Exception {
        RunPagingQueryProvider query = new RunPagingQueryProvider(columns, table, instanceColumn, sortColumn, sortLabel);
        query.init(dataSource);
        return new JdbcPagingItemReaderBuilder<T>()
                .name(name)
                .dataSource(dataSource)
                .queryProvider(query)
                .parameterValues(Map.of("instance", instanceId))
                .pageSize(100)
                .rowMapper(rowMapper)
                .build();
    }

    private static <T> FlatFileItemWriter<T> jsonLinesWriter(String name, JsonCodec jsonCodec, Path file) {
        // transactional (the default): lines are flushed at commit, and a restart truncates to the last commit
        return new FlatFileItemWriterBuilder<T>()
                .name(name)
                .resource(new FileSystemResource(file))
                .encoding(StandardCharsets.UTF_8.name())
                .lineAggregator(new JsonLineAggregator<>(jsonCodec.mapper()))
                .shouldDeleteIfExists(true)
                .transactional(true)
                .build();
    }
}
