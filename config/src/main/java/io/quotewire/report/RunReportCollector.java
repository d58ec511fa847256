package io.quotewire.report;

import io.quotewire.cli.FailureMessage;
import io.quotewire.job.JobParameterNames;
import io.quotewire.writers.report.Format;
import io.quotewire.writers.report.RunReport;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the {@link RunReport} of a job execution: steps from the execution itself, everything else from the
 * output tables, restricted to the execution's job instance (so a restart reports the whole run, not only its
 * own part).
 *
 * <p>New and updated quotations: a quotation the run touched ({@code updated_instance}) is <em>new</em> when no
 * article of another job instance quotes it, that is, every occurrence it has comes from this run's articles;
 * otherwise an earlier run had already seen the statement and this run <em>updated</em> it. A quotation that
 * absorbed an older one (fragment folding) therefore counts as updated: the statement was known. One blind spot: an
 * article file read again by a later run moves to that run, so a quotation quoted only by re-read files counts as
 * new again.
 */
public class RunReportCollector {
    /** How many speakers the report ranks. */
    static final int TOP_SPEAKERS = 10;
    /** How many duplicate pairs the report lists (all are counted). */
    static final int DUPLICATE_SAMPLE = 100;
    private static final int MAX_EXIT_MESSAGE = 4000;
    /** The speaker name the quotation tables use for an unattributed quote. */
    private static final String NO_SPEAKER = "None";

    private static final String RUN_OCCURRENCES =
            " FROM occurrence o JOIN article a ON a.article_id = o.article_id WHERE a.job_instance_id = ?";

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;
    private final Clock clock;
    private final NightDataCollector nightData;

    public RunReportCollector(JdbcTemplate jdbc, JobRepository jobRepository, Clock clock,
                              NightDataCollector nightData) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
        this.clock = clock;
        this.nightData = nightData;
    }

    public RunReport collect(JobExecution execution) {
        long instance = execution.getJobInstance().getInstanceId();
        RunReport.Quotations quotations = quotations(instance);
        List<RunReport.SpeakerCount> topSpeakers = jdbc.query("SELECT o.speaker, COUNT(*) AS n, COUNT(DISTINCT o.quotation_id)"
                        + RUN_OCCURRENCES + " AND o.speaker IS NOT NULL AND o.speaker <> ? GROUP BY o.speaker "
                        + "ORDER BY n DESC, o.speaker FETCH FIRST " + TOP_SPEAKERS + " ROWS ONLY",
                (rs, i) -> new RunReport.SpeakerCount(rs.getString(1), rs.getLong(2), rs.getLong(3)),
                instance, NO_SPEAKER);
        return new RunReport(run(execution), steps(execution), articles(instance), quotations,
                jdbc.query("SELECT reason, COUNT(*) AS n FROM rejected_input WHERE job_instance_id = ? "
                                + "GROUP BY reason ORDER BY n DESC, reason",
                        (rs, i) -> new RunReport.Count(rs.getString(1), rs.getLong(2)), instance),
                jdbc.query("SELECT article_id, duplicate_of FROM article WHERE job_instance_id = ? "
                                + "AND duplicate_of IS NOT NULL ORDER BY article_id FETCH FIRST " + DUPLICATE_SAMPLE
                                + " ROWS ONLY",
                        (rs, i) -> new RunReport.Duplicate(rs.getString(1), rs.getString(2)), instance),
                topSpeakers,
                jdbc.query("SELECT o.quote_date, COUNT(*)" + RUN_OCCURRENCES + " GROUP BY o.quote_date ORDER BY o.quote_date",
                        (rs, i) -> new RunReport.DayCount(rs.getObject(1, LocalDate.class), rs.getLong(2)), instance),
                clock.instant(), nightData.collect(instance, quotations.total(), topSpeakers));
    }

    private RunReport.Run run(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        LocalDateTime start = millis(execution.getStartTime());
        // the end time is set before afterJob; now is the fallback for a report made another way
        LocalDateTime end = millis(execution.getEndTime() != null ? execution.getEndTime() : LocalDateTime.now(clock));
        ExitStatus exit = execution.getExitStatus();
        boolean restart = jobRepository.getJobExecutions(execution.getJobInstance()).stream()
                .anyMatch(e -> e.getId() < execution.getId());
        return new RunReport.Run(execution.getJobInstance().getJobName(), execution.getJobInstance().getInstanceId(),
                execution.getId(), restart, execution.getStatus().name(), exit.getExitCode(),
                Format.shorten(exitMessage(execution, exit), MAX_EXIT_MESSAGE),
                parameters.getString(JobParameterNames.INPUT), parameters.getString(JobParameterNames.OUTPUT),
                parameters.getLocalDate(JobParameterNames.RUN_DATE), start, end, millis(start, end));
    }

    /**
     * What went wrong, in words: one line per failure, its cause as the command line says it (the deepest message,
     * a full disk named as such, no exception class names: the stack traces are in the log file). A stop on request
     * says so rather than quoting Spring Batch's interruption.
     */
    private static String exitMessage(JobExecution execution, ExitStatus exit) {
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return "stopped on request; resume it with: quotewire restart " + execution.getId();
        }
        List<String> causes = execution.getAllFailureExceptions().stream()
                .filter(t -> !(t instanceof JobInterruptedException))
                .map(FailureMessage::inWords).distinct().toList();
        if (!causes.isEmpty()) {
            return String.join("\n", causes);
        }
        String description = exit.getExitDescription();
        return description == null || description.isBlank() ? "" : FailureMessage.inWords(description);
    }

    /** The job's steps; a partitioned step's partitions ("worker:partitionN") are summed in their manager step. */
    private static List<RunReport.StepFigures> steps(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().indexOf(':') < 0)
                .sorted(Comparator.comparingLong(StepExecution::getId))
                .map(s -> new RunReport.StepFigures(s.getStepName(), s.getStatus().name(), s.getReadCount(),
                        s.getWriteCount(), s.getFilterCount(), s.getSkipCount(), s.getCommitCount(),
                        s.getRollbackCount(), millis(s.getStartTime()), millis(s.getEndTime()),
                        millis(s.getStartTime(), s.getEndTime())))
                .toList();
    }

    private RunReport.Articles articles(long instance) {
        return new RunReport.Articles(
                count("SELECT COUNT(*) FROM article WHERE job_instance_id = ?", instance),
                count("SELECT COUNT(*) FROM rejected_input WHERE job_instance_id = ?", instance),
                count("SELECT COUNT(*) FROM article WHERE job_instance_id = ? AND duplicate_of IS NOT NULL", instance));
    }

    private RunReport.Quotations quotations(long instance) {
        long touched = count("SELECT COUNT(*) FROM quotation WHERE updated_instance = ?", instance);
        long created = count("SELECT COUNT(*) FROM quotation q WHERE q.updated_instance = ? AND NOT EXISTS ("
                + "SELECT 1 FROM occurrence o JOIN article a ON a.article_id = o.article_id "
                + "WHERE o.quotation_id = q.quotation_id AND a.job_instance_id <> ?)", instance, instance);
        return new RunReport.Quotations(created, touched - created,
                count("SELECT COUNT(*)" + RUN_OCCURRENCES, instance),
                count("SELECT COUNT(DISTINCT o.speaker)" + RUN_OCCURRENCES + " AND o.speaker <> ?", instance, NO_SPEAKER));
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    /** Milliseconds are plenty for a report; the repository's nanoseconds only add noise. */
    private static LocalDateTime millis(LocalDateTime t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
    }

    private static long millis(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? 0 : Duration.between(start, end).toMillis();
    }
}
