package io.quotewire.bench;

import io.quotewire.QuotewireApplication;
import io.quotewire.cli.CommandException;
import io.quotewire.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quotewire bench}: generates a corpus of N articles with realistic duplication from a folder of stories (or
 * the Reuters-21578 tarball), runs the per-article engines alone on it (one thread, no Spring, no database), then the
 * whole job in a child JVM with H2 on the same files, and prints one table of throughput, step times, memory and
 * database size.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark: generate N articles from a corpus, run the bare engines on them (one thread, no Spring,"
                + " no database), then the whole job in a child JVM with H2, and print one table.",
                "Writes <work>/bench.md and <work>/bench.json; exit code 0 when the job completed, 1 otherwise."})
public final class BenchCommand implements Callable<Integer> {
    static final LocalDate RUN_DATE = LocalDate.of(2026, 12, 1);
    static final int DAYS = 30;
    static final int WARMUP = 2000;
    static final String DEFAULT_CORPUS = "../shared/data/reuters-21578.tar.gz";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "N", description = "how many articles to generate")
    int articles;

    @Option(names = "--corpus", paramLabel = "PATH", description = "a folder of article files or a .tar.gz of them "
            + "(default: " + DEFAULT_CORPUS + " beside the project)")
    Path corpus;

    @Option(names = "--work", paramLabel = "DIR", description = "where the generated corpus, the output and the database"
            + " go; must be new or empty (default: a temporary folder, deleted at the end unless --keep)")
    Path work;

    @Option(names = "--threads", paramLabel = "T", description = "passed to the job as --threads T (only when given)")
    Integer threads;

    @Option(names = "--heap", defaultValue = "512m", paramLabel = "SIZE", description = "the job JVM's -Xmx (default: ${DEFAULT-VALUE})")
    String heap;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "the generator's seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--keep", description = "keep the temporary work folder")
    boolean keep;

    /** How the job's JVM is started; the tests replace the heap-independent part. */
    List<String> launcher = JobProcess.launcher(BenchCommand.class, QuotewireApplication.class.getName());

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (articles < 1) {
            throw new CommandException(ExitCodes.USAGE, "--articles must be at least 1");
        }
        if (!heap.matches("\\d+[kKmMgG]?")) {
            throw new CommandException(ExitCodes.USAGE, "--heap must be a JVM size like 512m or 2g, not '" + heap + "'");
        }
        if (threads != null && threads < 1) {
            throw new CommandException(ExitCodes.USAGE, "--threads must be at least 1");
        }
        Path source = corpus != null ? corpus : defaultCorpus();
        if (!Files.exists(source)) {
            throw new CommandException(ExitCodes.USAGE, "corpus not found: " + source);
        }
        boolean temporary = work == null;
        Path dir = prepareWork();
        boolean completed = false;
        try {
            completed = bench(source.toAbsolutePath().normalize(), dir, out, err);
            return completed ? ExitCodes.OK : ExitCodes.FAILED;
        } finally {
            // a failed job's folder stays for its log
            if (temporary && !keep && (completed || !Files.exists(dir.resolve("job.log")))) {
                deleteTree(dir);
                out.println("(work folder " + dir + " deleted; --keep keeps it)");
            } else {
                out.println("work folder kept: " + dir);
            }
            out.flush();
        }
    }

    private boolean bench(Path source, Path dir, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        List<Path> sources = sourceFiles(source, dir);
        Path input = dir.resolve("input");

        out.printf(Locale.ROOT, "generating %,d articles from %,d source files into %s ...%n", articles, sources.size(), input);
        out.flush();
        long g0 = System.nanoTime();
        CorpusGenerator.Summary generated;
        try {
            generated = new CorpusGenerator(sources, RUN_DATE.minusDays(DAYS), DAYS, seed)
                    .generate(input, articles, dir.resolve("manifest.csv"));
        } catch (IllegalStateException e) {
            throw new CommandException(ExitCodes.USAGE, "cannot generate from " + source + ": " + e.getMessage());
        }
        double generateSeconds = (System.nanoTime() - g0) / 1e9;

        List<Path> files = CorpusGenerator.articleFiles(input);
        String loadBefore = loadAverage();
        out.printf(Locale.ROOT, "bare loop: warm-up over the first %,d files, then one timed pass over %,d ...%n",
                Math.min(WARMUP, files.size()), files.size());
        out.flush();
        BareLoop.Result bare = new BareLoop().run(input, files, WARMUP);

        Path log = dir.resolve("job.log");
        Path dbFile = dir.resolve("db").resolve("quotewire");
        Path gcLog = dir.resolve("gc.log");
        List<String> command = jobCommand(input, dir.resolve("out"), dbFile, gcLog);
        out.printf(Locale.ROOT, "job: %s%n     (log %s) ...%n", String.join(" ", command), log);
        out.flush();
        JobProcess.Result job = JobProcess.run(command, log);

        long dbBytes = databaseBytes(dir.resolve("db"));
        GcLog gc = GcLog.read(gcLog);
        JobRepositoryFigures figures = null;
        if (Files.exists(dbFile.resolveSibling("quotewire.mv.db"))) {
            try {
                figures = JobRepositoryFigures.read("jdbc:h2:file:" + dbFile + ";IFEXISTS=TRUE");
            } catch (SQLException e) {
                err.println("quotewire: cannot read the job repository in " + dbFile + ": " + e.getMessage());
            }
        }
        BenchReport report = new BenchReport(new BenchReport.Setup(articles, seed, heap, threads, source.toString(),
                dir.toString(), loadBefore, loadAverage()), generated, generateSeconds, bare, job, gc, figures, dbBytes);
        if (figures != null) {
            report.withDuplicates(CorpusGenerator.duplicatesByKind(dir.resolve("manifest.csv"), figures.duplicateOf()));
        }
        String table = report.markdown();
        Files.writeString(dir.resolve("bench.md"), table, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bench.json"), report.json(), StandardCharsets.UTF_8);
        out.println();
        out.print(table);
        out.println();
        boolean completed = job.exitCode() == 0 && figures != null && "COMPLETED".equals(figures.status());
        if (!completed) {
            err.println("quotewire: the job did not complete (exit code " + job.exitCode() + ", status "
                    + (figures == null ? "unknown" : figures.status()) + "); last lines of " + log + ":");
            for (String line : JobProcess.tail(log, 15)) {
                err.println("  " + line);
            }
            err.flush();
        }
        return completed;
    }

    /** {@code java -Xmx.. -Xlog:gc*.. -jar quotewire.jar run ...}: the job as an operator runs it, in its own JVM. */
    List<String> jobCommand(Path input, Path output, Path db, Path gcLog) {
        List<String> command = new ArrayList<>();
        command.add(launcher.get(0));
        command.add("-Xmx" + heap);
        command.add("-Xlog:gc*:file=" + gcLog);
        command.addAll(launcher.subList(1, launcher.size()));
        command.addAll(List.of("run", "--input", input.toString(), "--output", output.toString(),
                "--run-date", RUN_DATE.toString()));
        if (threads != null) {
            command.addAll(List.of("--threads", threads.toString()));
        }
        // the default URL's cache size (see application.yml); AUTO_SERVER only serves a second process: left out
        command.add("--spring.datasource.url=jdbc:h2:file:" + db + ";CACHE_SIZE=65536;WRITE_DELAY=0"); // application.yml's cache and write delay
        return command;
    }

    private Path prepareWork() throws IOException {
        if (work == null) {
            return Files.createTempDirectory("quotewire-bench-").toAbsolutePath();
        }
        Path dir = work.toAbsolutePath().normalize();
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new CommandException(ExitCodes.USAGE, "--work is not a folder: " + dir);
            }
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new CommandException(ExitCodes.USAGE, "--work folder is not empty: " + dir);
                }
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CommandException(ExitCodes.USAGE, "cannot make the --work folder " + dir + ": " + e.getMessage());
        }
        return dir;
    }

    /** The story files of a folder, or of a .tar.gz unpacked under the work folder with {@code tar}. */
    static List<Path> sourceFiles(Path corpus, Path dir) throws IOException, InterruptedException {
        Path folder = corpus;
        if (Files.isRegularFile(corpus)) {
            String name = corpus.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".tar.gz") && !name.endsWith(".tgz")) {
                throw new CommandException(ExitCodes.USAGE, "--corpus must be a folder or a .tar.gz: " + corpus);
            }
            folder = dir.resolve("source");
            Files.createDirectories(folder);
            Path log = dir.resolve("tar.log");
            Process tar;
            try {
                tar = new ProcessBuilder("tar", "xzf", corpus.toString(), "-C", folder.toString())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw new CommandException(ExitCodes.USAGE, "cannot run tar to unpack " + corpus + ": " + e.getMessage());
            }
            if (!tar.waitFor(10, TimeUnit.MINUTES) || tar.exitValue() != 0) {
                tar.destroyForcibly();
                List<String> tail = JobProcess.tail(log, 1);
                throw new CommandException(ExitCodes.USAGE, "cannot unpack " + corpus + " with tar"
                        + (tail.isEmpty() ? "" : ": " + tail.get(0)));
            }
        }
        List<Path> files;
        try {
            files = CorpusGenerator.articleFiles(folder);
        } catch (IOException | UncheckedIOException e) {
            throw new CommandException(ExitCodes.USAGE, "cannot list the corpus " + folder + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new CommandException(ExitCodes.USAGE, "no *.txt article files in the corpus " + corpus);
        }
        return files;
    }

    /** ../shared/data/reuters-21578.tar.gz beside the project this jar (or classes folder) belongs to. */
    static Path defaultCorpus() {
        Path root = projectRoot();
        if (root != null) {
            Path candidate = root.resolve(DEFAULT_CORPUS).normalize();
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new CommandException(ExitCodes.USAGE, "no corpus: give --corpus (a folder of article files or a .tar.gz);"
                + " the default " + DEFAULT_CORPUS + " was not found beside " + (root == null ? "the project" : root));
    }

    /** The folder holding the {@code quotewire} launcher and the parent pom, above where this class was loaded from. */
    static Path projectRoot() {
        // a jar first: Spring Boot's nested jar URLs turn into paths of its own file system, with no real parents
        Path start = JobProcess.jarOf(BenchCommand.class);
        if (start == null) {
            try {
                start = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (Exception e) {
                return null;
            }
        }
        for (Path p = start == null ? null : start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("quotewire")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return null;
    }

    /** The one-minute load average from /proc/loadavg, or "?" */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    static long databaseBytes(Path dbFolder) throws IOException {
        if (!Files.isDirectory(dbFolder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dbFolder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".mv.db")).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    static void deleteTree(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a temporary folder
        }
    }
}
