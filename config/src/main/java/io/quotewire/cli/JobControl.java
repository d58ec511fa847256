package io.quotewire.cli;

import io.quotewire.job.JobParameterNames;
import io.quotewire.job.QuoteJobConfiguration;
import io.quotewire.job.RunLogListener;
import io.quotewire.job.RunOwner;
import io.quotewire.job.RunOwnerListener;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the commands do with the job: start, restart, recover, stop, abandon, report. */
public class JobControl {
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final JdbcTemplate jdbc;
    private final PrintStream out;
    private final FailureMessage failures;

    public JobControl(JobOperator jobOperator, JobRepository jobRepository, Job job, JdbcTemplate jdbc, PrintStream out) {
        this(jobOperator, jobRepository, job, jdbc, out, new FailureMessage("the database", Path.of("log/quotewire.log")));
    }

    public JobControl(JobOperator jobOperator, JobRepository jobRepository, Job job, JdbcTemplate jdbc, PrintStream out,
                      FailureMessage failures) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.jdbc = jdbc;
        this.out = out;
        this.failures = failures;
    }

    /** The identifying parameters of a run (input folder, run date) and the output folder. */
    public static JobParameters parameters(Path input, Path output, LocalDate runDate) {
        return parameters(input, output, runDate, null);
    }

    /**
     * The identifying parameters of a run (input folder, run date), the output folder and, when not null, the threads
     * of the analyze step.
     */
    public static JobParameters parameters(Path input, Path output, LocalDate runDate, Integer threads) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, input.toAbsolutePath().normalize().toString(), true)
                .addLocalDate(JobParameterNames.RUN_DATE, runDate, true)
                .addString(JobParameterNames.OUTPUT, output.toAbsolutePath().normalize().toString(), false);
        if (threads != null) {
            builder.addLong(JobParameterNames.THREADS, threads.longValue(), false);
        }
        return builder.toJobParameters();
    }

    /** Runs the job for a folder and night; a failed or stopped earlier attempt of the same run is resumed. */
    public int run(Path input, Path output, LocalDate runDate) {
        return run(input, output, runDate, null);
    }

    /**
     * Runs the job for a folder and night with the given analyze threads (null: the configured default); a failed or
     * stopped earlier attempt of the same run is resumed, with its own partitions.
     */
    public int run(Path input, Path output, LocalDate runDate, Integer threads) {
        JobParameters parameters = parameters(input, output, runDate, threads);
        JobExecution last = jobRepository.getLastJobExecution(QuoteJobConfiguration.JOB_NAME, parameters);
        if (last != null && last.getStatus() == BatchStatus.ABANDONED) {
            throw new CommandException(ExitCodes.NOTHING_TO_DO, "the run for " + input + " on " + runDate
                    + " was abandoned (execution " + last.getId() + ") and cannot run again; use another --run-date");
        }
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            throw new CommandException(ExitCodes.ALREADY_COMPLETE, "the run for " + input + " on " + runDate
                    + " already completed (execution " + last.getId() + "); nothing to do");
        }
        if (last != null && last.isRunning()) {
            JobExecution recovered = recoverIfDead(last);
            return finish(restartExecution(recovered));
        }
        try {
            Files.createDirectories(output);
        } catch (java.io.IOException e) {
            throw new CommandException(ExitCodes.BAD_INPUT, "cannot create output folder " + output + ": " + e.getMessage());
        }
        JobExecution execution;
        try {
            execution = jobOperator.start(job, parameters);
        } catch (JobExecutionAlreadyRunningException e) {
            throw new CommandException(ExitCodes.ALREADY_RUNNING, "the run for " + input + " on " + runDate + " is already running");
        } catch (JobInstanceAlreadyCompleteException e) {
            throw new CommandException(ExitCodes.ALREADY_COMPLETE, "the run for " + input + " on " + runDate + " already completed");
        } catch (Exception e) {
            throw new CommandException(ExitCodes.FAILED, "the run for " + input + " on " + runDate + " failed: "
                    + failures.describe(e, Optional.empty()), e);
        }
        return finish(execution);
    }

    /** Restarts the given execution, or the most recent one that did not complete. */
    public int restart(Long executionId) {
        JobExecution execution = executionId != null ? find(executionId) : lastUnfinished()
                .orElseThrow(() -> new CommandException(ExitCodes.NOTHING_TO_DO,
                        "no failed, stopped or interrupted execution to restart"));
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            throw new CommandException(ExitCodes.ALREADY_COMPLETE, "execution " + execution.getId() + " already completed");
        }
        if (execution.getStatus() == BatchStatus.ABANDONED) {
            throw new CommandException(ExitCodes.NOTHING_TO_DO, "execution " + execution.getId() + " was abandoned");
        }
        if (execution.isRunning()) {
            execution = recoverIfDead(execution);
        }
        return finish(restartExecution(execution));
    }

    private JobExecution restartExecution(JobExecution execution) {
        out.println("restarting execution " + execution.getId() + " (" + describe(execution.getJobParameters()) + ")");
        try {
            return jobOperator.restart(execution);
        } catch (Exception e) {
            throw new CommandException(ExitCodes.FAILED, "cannot restart execution " + execution.getId() + ": "
                    + failures.describe(e, Optional.empty()), e);
        }
    }

    /**
     * An execution marked running whose owner died (SIGKILL, power loss) is recovered, i.e. marked FAILED, so it can
     * be restarted. A live owner, or one on another host that cannot be checked from here, is never taken over.
     */
    JobExecution recoverIfDead(JobExecution execution) {
        Optional<RunOwner> owner = RunOwnerListener.ownerOf(jdbc, execution.getId());
        if (owner.isPresent() && !owner.get().isLocal()) {
            throw new CommandException(ExitCodes.ALREADY_RUNNING, "execution " + execution.getId()
                    + " is owned by process " + owner.get().pid() + " on host " + owner.get().host()
                    + ", which cannot be checked from here; abandon it there or on that host");
        }
        if (owner.isPresent() && owner.get().isAlive()) {
            throw new CommandException(ExitCodes.ALREADY_RUNNING, "execution " + execution.getId()
                    + " is running in live process " + owner.get().pid());
        }
        out.println("execution " + execution.getId() + " was left " + execution.getStatus()
                + " by a process that is gone" + owner.map(o -> " (pid " + o.pid() + ")").orElse("") + "; recovering it");
        return jobOperator.recover(execution);
    }

    /**
     * Asks a running execution to stop at its next chunk boundary, from this process or another one. Only the job
     * execution's status is written: the running step reads it back at every chunk boundary (the repository's
     * step update synchronizes the job status and sets terminateOnly). JobOperator.stop would also write the step
     * execution from here, whose version then clashes with the running step's own update at the end of a chunk,
     * and the step fails instead of stopping (spring-batch #5120, #5484).
     */
    public int stop(Long executionId) {
        long id = (executionId != null ? find(executionId) : jobRepository
                .findRunningJobExecutions(QuoteJobConfiguration.JOB_NAME).stream()
                .max(Comparator.comparing(JobExecution::getId))
                .orElseThrow(() -> new CommandException(ExitCodes.NOTHING_TO_DO, "no running execution"))).getId();
        for (int attempt = 1; ; attempt++) {
            JobExecution execution = find(id);
            if (!execution.isRunning()) {
                throw new CommandException(ExitCodes.NOTHING_TO_DO, "execution " + id + " is not running ("
                        + execution.getStatus() + ")");
            }
            Optional<RunOwner> owner = RunOwnerListener.ownerOf(jdbc, id);
            if (owner.isPresent() && owner.get().isLocal() && !owner.get().isAlive()) {
                throw new CommandException(ExitCodes.NOTHING_TO_DO, "execution " + id + " was left "
                        + execution.getStatus() + " by process " + owner.get().pid()
                        + ", which is gone: there is nothing to stop; resume it with: quotewire restart " + id);
            }
            if (execution.getStatus() == BatchStatus.STOPPING) {
                out.println("execution " + id + " was already asked to stop; it stops at its next chunk boundary");
                return ExitCodes.OK;
            }
            execution.setStatus(BatchStatus.STOPPING);
            try {
                jobRepository.update(execution);
                break;
            } catch (OptimisticLockingFailureException raced) {
                // the running job wrote its execution between our read and write: read it again
                if (attempt == 5) {
                    throw new CommandException(ExitCodes.FAILED, "cannot stop execution " + id
                            + ": it kept changing under five attempts; try again");
                }
            } catch (Exception e) {
                throw new CommandException(ExitCodes.FAILED, "cannot stop execution " + id + ": "
                        + SpringLauncher.rootMessage(e), e);
            }
        }
        out.println("asked execution " + id + " to stop at its next chunk boundary");
        return ExitCodes.OK;
    }

    public int abandon(long executionId) {
        JobExecution execution = find(executionId);
        if (execution.isRunning()) {
            execution = recoverIfDead(execution);
        }
        try {
            jobOperator.abandon(execution);
        } catch (Exception e) {
            throw new CommandException(ExitCodes.FAILED, "cannot abandon execution " + executionId + ": "
                    + SpringLauncher.rootMessage(e));
        }
        out.println("execution " + executionId + " abandoned: it will not be restarted");
        return ExitCodes.OK;
    }

    /** Lists recent executions with their steps, counts and durations. */
    public int status(boolean all) {
        List<JobExecution> executions = recentExecutions(all ? Integer.MAX_VALUE : 10);
        if (executions.isEmpty()) {
            out.println("no executions yet");
            return ExitCodes.OK;
        }
        for (JobExecution e : executions) {
            out.printf("execution %d  %-9s %s  started %s  took %s%n", e.getId(), e.getStatus(),
                    describe(e.getJobParameters()), time(e.getStartTime()), duration(e.getStartTime(), e.getEndTime()));
            RunOwnerListener.ownerOf(jdbc, e.getId()).ifPresent(o -> out.printf("    owner %s pid %d%n", o.host(), o.pid()));
            List<StepExecution> steps = new ArrayList<>(e.getStepExecutions());
            steps.sort(Comparator.comparing(StepExecution::getId));
            for (StepExecution s : steps) {
                out.printf("    %-17s %-9s read %7d  written %7d  filtered %5d  skipped %5d  commits %5d  took %s%n",
                        s.getStepName(), s.getStatus(), s.getReadCount(), s.getWriteCount(), s.getFilterCount(),
                        s.getSkipCount(), s.getCommitCount(), duration(s.getStartTime(), s.getEndTime()));
            }
            String exit = e.getExitStatus().getExitDescription();
            if (exit != null && !exit.isBlank() && e.getStatus() != BatchStatus.COMPLETED) {
                out.println("    exit: " + firstLine(exit));
            }
        }
        return ExitCodes.OK;
    }

    private List<JobExecution> recentExecutions(int max) {
        List<JobExecution> result = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(QuoteJobConfiguration.JOB_NAME, 0,
                Math.min(max, 10_000))) {
            result.addAll(jobRepository.getJobExecutions(instance));
        }
        result.sort(Comparator.comparing(JobExecution::getId).reversed());
        return result.size() > max ? result.subList(0, max) : result;
    }

    private Optional<JobExecution> lastUnfinished() {
        for (JobExecution e : recentExecutions(200)) {
            BatchStatus s = e.getStatus();
            JobExecution lastOfInstance = jobRepository.getLastJobExecution(e.getJobInstance());
            if (lastOfInstance != null && lastOfInstance.getId() != e.getId()) {
                continue;   // an older attempt of an instance that was run again
            }
            if (s == BatchStatus.FAILED || s == BatchStatus.STOPPED || s == BatchStatus.UNKNOWN || e.isRunning()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private JobExecution find(long executionId) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(executionId);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            execution = null;   // the JDBC repository says "no such row" this way
        }
        if (execution == null) {
            throw new CommandException(ExitCodes.NOTHING_TO_DO, "no execution " + executionId);
        }
        return execution;
    }

    /**
     * Prints how the execution ended and maps its status to the exit code; a failure ends the command with one line
     * naming its cause (the stack traces are in the log file).
     */
    private int finish(JobExecution execution) {
        BatchStatus status = execution.getStatus();
        out.printf("execution %d %s in %s%n", execution.getId(), status,
                duration(execution.getStartTime(), execution.getEndTime()));
        if (status == BatchStatus.COMPLETED) {
            if (RunLogListener.foundNothing(execution)) {
                // an empty night completes; a mistyped folder would otherwise pass unnoticed
                out.println("note: the input folder holds no article file (*.txt): the night completed with nothing in it");
            }
            return ExitCodes.OK;
        }
        if (status == BatchStatus.STOPPED) {
            out.println("stopped on request at a chunk boundary");
            out.println("resume it with: quotewire restart " + execution.getId());
            return ExitCodes.STOPPED;
        }
        throw new CommandException(ExitCodes.FAILED, "execution " + execution.getId() + " "
                + status.name().toLowerCase(java.util.Locale.ROOT) + ": " + cause(execution)
                + "; resume it with: quotewire restart " + execution.getId() + failures.details());
    }

    /**
     * The failure that says most: a full disk first, then a step's own failure (a partitioned step's manager only
     * says that a partition failed), then the exit description.
     */
    private String cause(JobExecution execution) {
        Path output = Path.of(Optional.ofNullable(execution.getJobParameters().getString(JobParameterNames.OUTPUT)).orElse("."));
        LocalDate runDate = execution.getJobParameters().getLocalDate(JobParameterNames.RUN_DATE);
        record Failure(Throwable error, Optional<Path> file, boolean generic) {
        }
        List<Failure> all = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            Optional<Path> file = runDate == null ? Optional.empty()
                    : QuoteJobConfiguration.exportFile(step.getStepName(), output, runDate);
            for (Throwable t : step.getFailureExceptions()) {
                all.add(new Failure(t, file, t instanceof org.springframework.batch.core.job.JobExecutionException));
            }
        }
        for (Throwable t : execution.getFailureExceptions()) {
            all.add(new Failure(t, Optional.empty(), true));
        }
        Optional<Failure> best = all.stream().filter(f -> FailureMessage.isNoSpace(f.error())).findFirst()
                .or(() -> all.stream().filter(f -> !f.generic()).findFirst())
                .or(() -> all.stream().findFirst());
        if (best.isPresent()) {
            return failures.cause(best.get().error(), best.get().file());
        }
        String exit = execution.getExitStatus().getExitDescription();
        return exit == null || exit.isBlank() ? "no reason was recorded" : firstLine(exit);
    }

    static String describe(JobParameters parameters) {
        String input = parameters.getString(JobParameterNames.INPUT);
        LocalDate runDate = parameters.getLocalDate(JobParameterNames.RUN_DATE);
        return "input=" + input + " runDate=" + runDate;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String time(LocalDateTime t) {
        return t == null ? "-" : t.withNano(0).toString().replace('T', ' ');
    }

    static String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return "-";
        }
        Duration d = Duration.between(start, end == null ? LocalDateTime.now() : end);
        long ms = d.toMillis();
        if (ms < 10_000) {
            return String.format("%.2fs", ms / 1000.0);
        }
        return String.format("%dm%02ds", ms / 60_000, (ms / 1000) % 60);
    }
}
