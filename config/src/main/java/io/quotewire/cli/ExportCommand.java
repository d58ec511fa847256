package io.quotewire.cli;

import io.quotewire.job.ExportJobConfiguration.Format;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a completed night's files again from the database: the run's JSON Lines files (the same bytes, by the same
 * export steps) and, on request, CSV files of its quotations and their occurrences.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a completed night's files again from the database: articles, quotations and rejected "
                + "as JSON Lines (the run's own files), or quotations and occurrences as CSV.",
                "The night is its run date, and its input folder when several runs share the date."})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--run-date", required = true, paramLabel = "YYYY-MM-DD", description = "the night to export")
    LocalDate runDate;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "where the files go")
    Path output;

    @Option(names = "--input", paramLabel = "DIR",
            description = "the night's input folder, when several runs share the run date")
    Path input;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "jsonl (default) or csv; repeat or separate with commas for both")
    List<String> formats = new ArrayList<>();

    private final SpringLauncher launcher;
    private final PrintStream out;
    private final Clock clock;

    ExportCommand(SpringLauncher launcher, PrintStream out, Clock clock) {
        this.launcher = launcher;
        this.out = out;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        // the work is in NightExport: picocli reads this class's methods, and their Spring Batch types would load
        // Batch into every command, the read-only ones included
        return new NightExport(launcher, out, clock, runDate, output, input, formats(formats, runDate)).run();
    }

    /** jsonl by default; parquet is refused with what to do instead. */
    static Set<Format> formats(List<String> names, LocalDate runDate) {
        Set<Format> wanted = EnumSet.noneOf(Format.class);
        for (String name : names) {
            switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "jsonl" -> wanted.add(Format.JSONL);
                case "csv" -> wanted.add(Format.CSV);
                // parquet-java needs Hadoop's libraries (tens of MB) for a file writer: CSV, which DuckDB reads
                // and turns into Parquet in one statement, is what is written
                case "parquet" -> throw new CommandException(ExitCodes.USAGE, "--format parquet is not offered (a "
                        + "Parquet writer needs Hadoop's libraries); use --format csv, and DuckDB makes Parquet of it: "
                        + "COPY (FROM read_csv_auto('quotations-" + runDate + ".csv')) TO 'quotations-" + runDate
                        + ".parquet' (README: Loading the data)");
                default -> throw new CommandException(ExitCodes.USAGE, "--format must be jsonl or csv, not \"" + name + "\"");
            }
        }
        return wanted.isEmpty() ? EnumSet.of(Format.JSONL) : wanted;
    }

}
