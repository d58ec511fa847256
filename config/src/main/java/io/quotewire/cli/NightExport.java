package io.quotewire.cli;

import io.quotewire.job.ExportJobConfiguration;
import io.quotewire.job.ExportJobConfiguration.Format;
import io.quotewire.job.JobParameterNames;
import io.quotewire.job.QuotationCsvWriter;
import io.quotewire.job.QuoteJobConfiguration;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/** The export of one night, for {@link ExportCommand}: finds the night's completed run and runs the export job. */
final class NightExport {
    private final SpringLauncher launcher;
    private final PrintStream out;
    private final Clock clock;
    private final LocalDate runDate;
    private final Path output;
    private final Path input;
    private final Set<Format> wanted;

    NightExport(SpringLauncher launcher, PrintStream out, Clock clock, LocalDate runDate, Path output, Path input,
                Set<Format> wanted) {
        this.launcher = launcher;
        this.out = out;
        this.clock = clock;
        this.runDate = runDate;
        this.output = output;
        this.input = input;
        this.wanted = wanted;
    }

    int run() {
        JobExecution night = night();
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new CommandException(ExitCodes.BAD_INPUT, "cannot create output folder " + output + ": "
                    + FailureMessage.message(e), e);
        }
        FailureMessage failures = QuotewireCli.failureMessage(launcher);
        out.println("exporting the night of " + runDate + " (input " + night.getJobParameters()
                .getString(JobParameterNames.INPUT) + ", execution " + night.getId() + ") to " + output);
        JobExecution export;
        try {
            export = launcher.bean(JobOperator.class).start(
                    launcher.bean(ExportJobConfiguration.ExportJobs.class).job(wanted),
                    ExportJobConfiguration.ExportJobs.parameters(night.getJobInstance().getInstanceId(), runDate,
                            output, wanted, LocalDateTime.now(clock)));
        } catch (Exception e) {
            throw new CommandException(ExitCodes.FAILED, "the export of " + runDate + " failed: "
                    + failures.describe(e, Optional.empty()), e);
        }
        List<StepExecution> steps = new ArrayList<>(export.getStepExecutions());
        steps.sort(Comparator.comparing(StepExecution::getId));
        if (export.getStatus() == BatchStatus.STOPPED) {
            out.println("the export of " + runDate + " stopped on request; its files are incomplete: export again");
            return ExitCodes.STOPPED;
        }
        if (export.getStatus() != BatchStatus.COMPLETED) {
            for (StepExecution step : steps) {
                for (Throwable t : step.getFailureExceptions()) {
                    throw new CommandException(ExitCodes.FAILED, "the export of " + runDate + " failed: "
                            + failures.describe(t, file(step.getStepName())), t);
                }
            }
            throw new CommandException(ExitCodes.FAILED, "the export of " + runDate + " ended "
                    + export.getStatus().name().toLowerCase(Locale.ROOT) + failures.details());
        }
        for (StepExecution step : steps) {
            out.println("wrote " + written(step));
        }
        return ExitCodes.OK;
    }

    private String written(StepExecution step) {
        long n = step.getWriteCount();
        return switch (step.getStepName()) {
            case "exportArticles" -> file(step.getStepName()).orElseThrow() + ": " + count(n, "article");
            case "exportQuotations" -> file(step.getStepName()).orElseThrow() + ": " + count(n, "quotation");
            case "exportRejections" -> file(step.getStepName()).orElseThrow() + ": " + count(n, "rejected file");
            case "exportCsv" -> QuotationCsvWriter.quotationsFile(output, runDate) + " (" + count(n, "quotation")
                    + ") and " + QuotationCsvWriter.occurrencesFile(output, runDate).getFileName();
            default -> step.getStepName() + ": " + n;
        };
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private Optional<Path> file(String stepName) {
        return stepName.equals("exportCsv") ? Optional.of(QuotationCsvWriter.quotationsFile(output, runDate))
                : QuoteJobConfiguration.exportFile(stepName, output, runDate);
    }

    /** The completed run of the night: by run date, and by input folder when given or when the date has several. */
    private JobExecution night() {
        JobRepository repository = launcher.bean(JobRepository.class);
        String folder = input == null ? null : input.toAbsolutePath().normalize().toString();
        List<JobExecution> completed = new ArrayList<>();
        List<JobExecution> unfinished = new ArrayList<>();
        // the last execution of each quote job instance whose run date is the night's
        List<Long> ids = launcher.bean(JdbcTemplate.class).queryForList(
                "SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e "
                        + "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                        + "JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                        + "WHERE i.JOB_NAME = ? AND p.PARAMETER_NAME = ? AND p.PARAMETER_VALUE = ? "
                        + "GROUP BY e.JOB_INSTANCE_ID ORDER BY 1",
                Long.class, QuoteJobConfiguration.JOB_NAME, JobParameterNames.RUN_DATE, runDate.toString());
        for (long id : ids) {
            JobExecution e = repository.getJobExecution(id);
            if (e == null || !runDate.equals(e.getJobParameters().getLocalDate(JobParameterNames.RUN_DATE))
                    || folder != null && !folder.equals(e.getJobParameters().getString(JobParameterNames.INPUT))) {
                continue;
            }
            (e.getStatus() == BatchStatus.COMPLETED ? completed : unfinished).add(e);
        }
        String which = runDate + (folder == null ? "" : " from " + folder);
        if (completed.size() == 1) {
            return completed.get(0);
        }
        if (completed.size() > 1) {
            throw new CommandException(ExitCodes.USAGE, completed.size() + " runs completed on " + runDate
                    + ": give --input with one of " + completed.stream().map(e -> e.getJobParameters()
                    .getString(JobParameterNames.INPUT)).collect(Collectors.joining(", ")));
        }
        if (!unfinished.isEmpty()) {
            JobExecution e = unfinished.get(unfinished.size() - 1);
            throw new CommandException(ExitCodes.NOTHING_TO_DO, "the run of " + which + " has not completed "
                    + "(execution " + e.getId() + " " + e.getStatus().name().toLowerCase(Locale.ROOT)
                    + "): nothing to export; resume it with: quotewire restart " + e.getId());
        }
        throw new CommandException(ExitCodes.NOTHING_TO_DO, "no run of " + which + " in this database: nothing to export");
    }
}
