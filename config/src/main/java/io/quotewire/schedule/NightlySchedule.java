package io.quotewire.schedule;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.springframework.scheduling.support.CronExpression;

/**
 * When the nightly run fires and what it runs on: a cron expression in a zone, and the input (and output) folder
 * patterns with {@code {runDate}} replaced by that night's date. Pure computation: no clock, no threads.
 */
public record NightlySchedule(CronExpression cron, ZoneId zone, String inputPattern, String outputPattern) {
    public static final String RUN_DATE = "{runDate}";

    public NightlySchedule {
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(inputPattern, "inputPattern");
        Objects.requireNonNull(outputPattern, "outputPattern");
    }

    public static NightlySchedule of(String cron, String zone, String inputPattern, String outputPattern) {
        return new NightlySchedule(CronExpression.parse(cron), ZoneId.of(zone), inputPattern, outputPattern);
    }

    /** The first firing strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        ZonedDateTime next = cron.next(after.atZone(zone));
        if (next == null) {
            throw new IllegalStateException("the cron expression " + cron + " never fires again");
        }
        return next.toInstant();
    }

    /** The night a firing is for: its date in the schedule's zone. */
    public LocalDate runDate(Instant firing) {
        return firing.atZone(zone).toLocalDate();
    }

    public Path input(LocalDate runDate) {
        return Path.of(inputPattern.replace(RUN_DATE, runDate.toString()));
    }

    public Path output(LocalDate runDate) {
        return Path.of(outputPattern.replace(RUN_DATE, runDate.toString()));
    }
}
