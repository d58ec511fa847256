package io.quotewire.cli;

import io.quotewire.schedule.NightlySchedule;
import io.quotewire.schedule.NightlyScheduler;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One scheduled night: the job on that night's input folder. A missing folder or a night that already completed
 * is reported and skipped; it never stops the schedule.
 */
public class NightlyRunner implements NightlyScheduler.NightlyRun {
    private final NightlySchedule schedule;
    private final JobControl control;
    private final PrintStream err;

    public NightlyRunner(NightlySchedule schedule, JobControl control, PrintStream err) {
        this.schedule = Objects.requireNonNull(schedule);
        this.control = Objects.requireNonNull(control);
        this.err = Objects.requireNonNull(err);
    }

    @Override
    public int run(LocalDate night) {
        Path input = schedule.input(night);
        if (!Files.isDirectory(input)) {
            err.println("quotewire: night " + night + ": no input folder " + input + "; skipped");
            return ExitCodes.BAD_INPUT;
        }
        try {
            return control.run(input, schedule.output(night), night);
        } catch (CommandException e) {
            err.println("quotewire: night " + night + ": " + e.getMessage());
            return e.exitCode();
        }
    }
}
