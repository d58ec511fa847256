package io.quotewire.cli;

import io.quotewire.QuotewireProperties;
import io.quotewire.job.QuoteJobConfiguration;
import io.quotewire.query.QueryContext;
import io.quotewire.query.QuotationCommand;
import io.quotewire.query.QuotesCommand;
import io.quotewire.query.ReadOnlyCommand;
import io.quotewire.query.SpeakersCommand;
import io.quotewire.query.StatusCommand;
import io.quotewire.schedule.NightlySchedule;
import io.quotewire.schedule.NightlyScheduler;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line. Arguments of the form {@code --some.property=value} are Spring Boot properties and go to
 * Spring; the rest is parsed here by picocli. Every failure ends as one line on stderr and a documented exit code.
 */
public class QuotewireCli {
    private final Class<?> applicationClass;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final java.util.Map<String, String> env;

    public QuotewireCli(Class<?> applicationClass) {
        this(applicationClass, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone());
    }

    public QuotewireCli(Class<?> applicationClass, PrintStream out, PrintStream err, Clock clock) {
        this(applicationClass, out, err, clock, System.getenv());
    }

    /** With the environment the query commands read ({@code COLUMNS}). */
    public QuotewireCli(Class<?> applicationClass, PrintStream out, PrintStream err, Clock clock,
                        java.util.Map<String, String> env) {
        this.applicationClass = applicationClass;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.env = env;
    }

    public int execute(String... args) {
        List<String> springArgs = new ArrayList<>();
        List<String> commandArgs = new ArrayList<>();
        for (String arg : args) {
            (isSpringProperty(arg) ? springArgs : commandArgs).add(arg);
        }
        try (SpringLauncher launcher = new SpringLauncher(applicationClass, springArgs)) {
            QueryContext queries = new QueryContext(springArgs, out, env);
            CommandLine commandLine = new CommandLine(new Root(), new Factory(launcher, queries));
            commandLine.setOut(new java.io.PrintWriter(out, true));
            commandLine.setErr(new java.io.PrintWriter(err, true));
            commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
                if (e instanceof CommandException ce) {
                    return report(ce);
                }
                details().error("unexpected error", e);
                err.println("quotewire: unexpected error: " + FailureMessage.message(e));
                return ExitCodes.FAILED;
            });
            // a date is parsed by LocalDate.parse, so a bad one is a DateTimeException: said in words below
            commandLine.registerConverter(LocalDate.class, LocalDate::parse);
            commandLine.setParameterExceptionHandler((e, a) -> {
                if (e.getCause() instanceof java.time.DateTimeException
                        && e.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
                    err.println("quotewire: " + option.longestName() + " must be a date like 2026-12-01, not \""
                            + e.getValue() + "\"");
                    return ExitCodes.USAGE;
                }
                err.println("quotewire: " + e.getMessage());
                e.getCommandLine().usage(err);
                return ExitCodes.USAGE;
            });
            return commandLine.execute(commandArgs.toArray(String[]::new));
        } catch (CommandException e) {
            return report(e);
        }
    }

    /**
     * Outside io.quotewire, so only the log file gets it (logback-spring.xml): the terminal has the one line. Looked
     * up when used: the commands that only read never start the logging system (a few hundred milliseconds).
     */
    private static org.slf4j.Logger details() {
        return org.slf4j.LoggerFactory.getLogger("quotewire.details");
    }

    /** The one line on stderr; the stack trace of its cause, if any, to the log file only. */
    private int report(CommandException e) {
        if (e.getCause() != null) {
            details().error(e.getMessage(), e.getCause());
        }
        err.println("quotewire: " + e.getMessage());
        return e.exitCode();
    }

    /** Names the database and the log file as the configuration has them. */
    static FailureMessage failureMessage(SpringLauncher launcher) {
        var env = launcher.context().getEnvironment();
        return new FailureMessage(FailureMessage.databaseOf(env.getProperty("spring.datasource.url")),
                Path.of(env.getProperty("logging.file.name", "log/quotewire.log")).toAbsolutePath().normalize());
    }

    /** {@code --name.with.dots=value}: a Spring Boot property rather than an option of ours. */
    static boolean isSpringProperty(String arg) {
        if (!arg.startsWith("--")) {
            return false;
        }
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
        return eq > 0 && name.indexOf('.') > 0;
    }

    /** Builds the commands with what they need. */
    private final class Factory implements CommandLine.IFactory {
        private final SpringLauncher launcher;
        private final QueryContext queries;

        Factory(SpringLauncher launcher, QueryContext queries) {
            this.launcher = launcher;
            this.queries = queries;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ExportCommand.class) {
                return type.cast(new ExportCommand(launcher, out, clock));
            }
            if (ReadOnlyCommand.class.isAssignableFrom(type)) {
                // the commands that only read: plain JDBC, no Spring application
                return type.getDeclaredConstructor(QueryContext.class).newInstance(queries);
            }
            if (JobCommand.class.isAssignableFrom(type)) {
                return type.getDeclaredConstructor(QuotewireCli.class, SpringLauncher.class).newInstance(QuotewireCli.this, launcher);
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    @Command(name = "quotewire", mixinStandardHelpOptions = true, version = "quotewire 0.1.0",
            description = "Turns folders of news articles into a database of who said what, when.",
            subcommands = {Run.class, Restart.class, Worker.class, StatusCommand.class, Stop.class, Abandon.class, Schedule.class,
                    ExportCommand.class, io.quotewire.bench.BenchCommand.class, QuotesCommand.class, SpeakersCommand.class,
                    QuotationCommand.class},
            footer = {"", "Spring Boot properties can be given as --name=value, e.g. --spring.datasource.url=jdbc:h2:file:/srv/qw",
                    "Exit codes: 0 completed, 1 failed, 2 usage, 3 stopped, 4 already running, 5 already complete,",
                    "            6 bad input folder, 7 database unusable, 8 nothing to restart/stop (or no such quotation)",
                    "A stopped or interrupted run (SIGTERM ends at the next chunk boundary) resumes with: quotewire restart"})
    static final class Root implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return ExitCodes.USAGE;
        }
    }

    /** A command that works on the job through Spring. */
    abstract class JobCommand implements Callable<Integer> {
        private final SpringLauncher launcher;

        JobCommand(SpringLauncher launcher) {
            this.launcher = launcher;
        }

        SpringLauncher launcher() {
            return launcher;
        }

        /**
         * After a run that completed or stopped, the H2 file is compacted at close; not after a failure, which
         * may be a full disk (the restart compacts).
         */
        int compactedUnlessFailed(int exitCode) {
            if (exitCode == ExitCodes.OK || exitCode == ExitCodes.STOPPED) {
                launcher.compactOnClose();
            }
            return exitCode;
        }

        JobControl control() {
            return new JobControl(launcher.bean(JobOperator.class), launcher.bean(JobRepository.class),
                    launcher.context().getBean(QuoteJobConfiguration.JOB_NAME, Job.class),
                    launcher.bean(JdbcTemplate.class), out, failureMessage(launcher));
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Run the job on a folder of article files.")
    final class Run extends JobCommand {
        @Option(names = "--input", required = true, paramLabel = "DIR", description = "folder of *.txt article files")
        Path input;

        @Option(names = "--output", defaultValue = "out", paramLabel = "DIR",
                description = "where the JSON Lines files go (default: ${DEFAULT-VALUE})")
        Path output;

        @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", description = "the night this run is for (default: today)")
        LocalDate runDate;

        @Option(names = "--threads", paramLabel = "N",
                description = "threads of the per-article step (default: quotewire.threads, else the machine's cores)")
        Integer threads;

        @CommandLine.Mixin
        RemoteOptions remote;

        @Option(names = "--partitions", paramLabel = "N",
                description = "with --remote-workers: partitions of the per-article step (default: quotewire.remote.partitions, 8)")
        Integer partitions;

        Run(SpringLauncher launcher) {
            super(launcher);
        }

        @Override
        public Integer call() {
            if (!Files.isDirectory(input)) {
                throw new CommandException(ExitCodes.BAD_INPUT, "input folder not found or not a folder: " + input);
            }
            if (threads != null && (threads < 1 || threads > 256)) {
                throw new CommandException(ExitCodes.USAGE, "--threads must be between 1 and 256, not " + threads);
            }
            if (partitions != null && !remote.remoteWorkers) {
                throw new CommandException(ExitCodes.USAGE, "--partitions is for a run with --remote-workers; a local run has --threads");
            }
            if (remote.remoteWorkers && threads != null) {
                throw new CommandException(ExitCodes.USAGE, "a run with --remote-workers has --partitions; each worker has its own --threads");
            }
            if (partitions != null && (partitions < 1 || partitions > 4096)) {
                throw new CommandException(ExitCodes.USAGE, "--partitions must be between 1 and 4096, not " + partitions);
            }
            remote.apply(launcher());
            LocalDate date = runDate != null ? runDate : LocalDate.now(clock.withZone(ZoneId.systemDefault()));
            Integer split = threads;
            if (remote.remoteWorkers) {
                split = partitions != null ? partitions : launcher().bean(QuotewireProperties.class).remote().partitions();
            }
            return compactedUnlessFailed(control().run(input, output, date, split));
        }
    }

    @Command(name = "restart", mixinStandardHelpOptions = true,
            description = "Resume a failed, stopped or interrupted execution from its last commit.")
    final class Restart extends JobCommand {
        @Parameters(arity = "0..1", paramLabel = "EXECUTION_ID", description = "default: the last one that did not complete")
        Long executionId;

        @CommandLine.Mixin
        RemoteOptions remote;

        Restart(SpringLauncher launcher) {
            super(launcher);
        }

        @Override
        public Integer call() {
            remote.apply(launcher());
            return compactedUnlessFailed(control().restart(executionId));
        }
    }

    /** How a run or restart reaches its workers: none (local threads), or over a broker. */
    static final class RemoteOptions {
        @Option(names = "--remote-workers", description = {"send the per-article partitions to worker processes "
                + "(quotewire worker) over an Artemis broker; the database must be one they share (PostgreSQL)"})
        boolean remoteWorkers;

        @Option(names = "--broker", paramLabel = "URL", description = {"with --remote-workers: the broker to use, e.g. "
                + "tcp://broker:61616 (default: start one in this process, listening at quotewire.remote.broker-url, "
                + "tcp://127.0.0.1:61616)"})
        String broker;

        void apply(SpringLauncher launcher) {
            if (broker != null && !remoteWorkers) {
                throw new CommandException(ExitCodes.USAGE, "--broker is for a run with --remote-workers");
            }
            if (!remoteWorkers) {
                return;
            }
            launcher.property("quotewire.remote.manager", "true");
            if (broker != null) {
                launcher.property("quotewire.remote.broker-url", broker);
            } else {
                launcher.property("quotewire.remote.embedded-broker", "true");
                launcher.property("spring.artemis.mode", "embedded");
                launcher.property("spring.artemis.embedded.enabled", "true");
            }
            requireSharedDatabase(launcher);
        }
    }

    /** Remote partitioning shares the job repository between processes, and an H2 file is one process's. */
    static void requireSharedDatabase(SpringLauncher launcher) {
        String url = launcher.context().getEnvironment().getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new CommandException(ExitCodes.USAGE, "the manager and its workers share the job repository, so they"
                    + " need a database server: give a PostgreSQL one (--spring.datasource.url=jdbc:postgresql://HOST/DB,"
                    + " or SPRING_DATASOURCE_URL), not " + url.split("[;?]", 2)[0]);
        }
    }

    @Command(name = "worker", mixinStandardHelpOptions = true,
            description = {"Join remote nights: run the partitions of the per-article step that a manager "
                    + "(quotewire run --remote-workers) sends over the broker, until SIGTERM or SIGINT, which stop the "
                    + "running partitions at their next chunk boundary (restart resumes them).",
                    "The input folder must be at the same path as on the manager; the database is the manager's."})
    final class Worker extends JobCommand {
        @Option(names = "--broker", paramLabel = "URL",
                description = "the broker (default: quotewire.remote.broker-url, tcp://127.0.0.1:61616)")
        String broker;

        @Option(names = "--threads", paramLabel = "N",
                description = "partitions run at a time (default: quotewire.threads, else the machine's cores)")
        Integer threads;

        Worker(SpringLauncher launcher) {
            super(launcher);
        }

        @Override
        public Integer call() throws InterruptedException {
            if (threads != null && (threads < 1 || threads > 256)) {
                throw new CommandException(ExitCodes.USAGE, "--threads must be between 1 and 256, not " + threads);
            }
            launcher().property("quotewire.remote.worker", "true");
            if (broker != null) {
                launcher().property("quotewire.remote.broker-url", broker);
            }
            if (threads != null) {
                launcher().property("quotewire.threads", String.valueOf(threads));
            }
            requireSharedDatabase(launcher());
            QuotewireProperties properties = launcher().bean(QuotewireProperties.class);
            int n = properties.threads() > 0 ? properties.threads() : Runtime.getRuntime().availableProcessors();
            out.printf("worker: taking partitions from %s (queue %s), %d at a time; stop with SIGTERM%n",
                    properties.remote().brokerUrl(), properties.remote().queue(), n);
            // the JMS listener threads do the work; this one waits for the signal that ends the process
            new java.util.concurrent.CountDownLatch(1).await();
            return ExitCodes.OK;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Ask a running execution to stop at its next chunk boundary.")
    final class Stop extends JobCommand {
        @Parameters(arity = "0..1", paramLabel = "EXECUTION_ID", description = "default: the running one")
        Long executionId;

        Stop(SpringLauncher launcher) {
            super(launcher);
        }

        @Override
        public Integer call() {
            return control().stop(executionId);
        }
    }

    @Command(name = "schedule", mixinStandardHelpOptions = true,
            description = {"Stay up and run the job every night on quotewire.schedule.cron (default 0 0 2 * * *, "
                    + "in quotewire.schedule.zone), on the folder quotewire.schedule.input with {runDate} replaced.",
                    "A night whose run is still going is skipped; a night that already completed is not run again."})
    final class Schedule extends JobCommand {
        Schedule(SpringLauncher launcher) {
            super(launcher);
        }

        @Override
        public Integer call() throws InterruptedException {
            QuotewireProperties.Schedule settings = launcher().bean(QuotewireProperties.class).schedule();
            NightlySchedule schedule;
            try {
                schedule = NightlySchedule.of(settings.cron(), settings.zone(), settings.input(), settings.output());
            } catch (RuntimeException e) {
                throw new CommandException(ExitCodes.USAGE, "bad schedule settings: " + e.getMessage());
            }
            out.printf("scheduled: cron '%s' in %s, input %s, output %s%n", settings.cron(), settings.zone(),
                    settings.input(), settings.output());
            ExecutorService worker = Executors.newSingleThreadExecutor();
            try {
                new NightlyScheduler(schedule, clock, d -> Thread.sleep(d.toMillis()), worker,
                        new NightlyRunner(schedule, control(), err)).loop(-1);
            } finally {
                worker.shutdownNow();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "abandon", mixinStandardHelpOptions = true,
            description = "Mark an execution that must not be continued as ABANDONED.")
    final class Abandon extends JobCommand {
        @Parameters(paramLabel = "EXECUTION_ID")
        long executionId;

        Abandon(SpringLauncher launcher) {
            super(launcher);
        }

        @Override
        public Integer call() {
            return control().abandon(executionId);
        }
    }
}
