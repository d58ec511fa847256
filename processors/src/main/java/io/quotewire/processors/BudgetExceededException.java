package io.quotewire.processors;

import java.time.Duration;

/** An analysis ran past its {@link Deadline}; {@link #stage} names the engine that was running. */
public class BudgetExceededException extends RuntimeException {
    private final String stage;
    private final Duration budget;

    public BudgetExceededException(String stage, Duration budget) {
        // no stack trace: it is an expected outcome, thrown deep in a loop, reported by its message alone
        super("analysis took more than " + format(budget) + " (in " + stage + ")", null, false, false);
        this.stage = stage;
        this.budget = budget;
    }

    public String stage() {
        return stage;
    }

    public Duration budget() {
        return budget;
    }

    /** A budget as a person writes it: {@code 5s}, {@code 250ms}, {@code 1ns}. */
    static String format(Duration d) {
        if (d.getNano() == 0) {
            return d.getSeconds() + "s";
        }
        // a budget with a fraction of a second is not centuries long: its nanoseconds fit a long
        long nanos = d.toNanos();
        if (nanos % 1_000_000L == 0) {
            return nanos / 1_000_000L + "ms";
        }
        if (nanos % 1_000L == 0) {
            return nanos / 1_000L + "us";
        }
        return nanos + "ns";
    }
}
