package io.quotewire.processors;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The time an analysis of one article may take. Java threads cannot be stopped safely, so the engines check it
 * themselves at their loop points ({@link #tick}); once the time is up the next check throws
 * {@link BudgetExceededException}. A tick reads the clock only every {@value #STRIDE} calls, so that checking costs
 * nothing measurable; an article too small to reach that many steps never reads it at all.
 *
 * <p>One per analysis, on one thread (it counts ticks). {@link #NONE} never expires and keeps no count, so the
 * engines' overloads without a deadline can share it.
 */
public final class Deadline {
    /** Loop steps between two readings of the clock. */
    static final int STRIDE = 1024;

    /** No time limit. */
    public static final Deadline NONE = new Deadline(Duration.ZERO, () -> 0L, 0L, false);

    private final Duration budget;
    private final LongSupplier clock;
    private final long expiresAt;
    private final boolean bounded;
    private int untilCheck = STRIDE;

    private Deadline(Duration budget, LongSupplier clock, long expiresAt, boolean bounded) {
        this.budget = budget;
        this.clock = clock;
        this.expiresAt = expiresAt;
        this.bounded = bounded;
    }

    /** A deadline {@code budget} from now on {@link System#nanoTime}; {@link #NONE} when the budget is null, 0 or negative. */
    public static Deadline after(Duration budget) {
        return after(budget, System::nanoTime);
    }

    /**
     * A deadline {@code budget} from now on {@code clock} (nanoseconds, as {@link System#nanoTime}: only differences
     * count); {@link #NONE} when the budget is null, 0 or negative.
     */
    public static Deadline after(Duration budget, LongSupplier clock) {
        Objects.requireNonNull(clock, "clock");
        if (budget == null || budget.isZero() || budget.isNegative()) {
            return NONE;
        }
        long nanos = budget.compareTo(Duration.ofDays(365)) > 0 ? Duration.ofDays(365).toNanos() : budget.toNanos();
        return new Deadline(budget, clock, clock.getAsLong() + nanos, true);
    }

    public Duration budget() {
        return budget;
    }

    public boolean bounded() {
        return bounded;
    }

    /** One loop step of {@code stage}: every {@value #STRIDE}th call checks the clock. */
    public void tick(String stage) {
        if (bounded && --untilCheck <= 0) {
            untilCheck = STRIDE;
            check(stage);
        }
    }

    /** Checks the clock now. */
    public void check(String stage) {
        // differences, not comparisons, of nanoTime values stay right across its overflow
        if (bounded && clock.getAsLong() - expiresAt > 0) {
            throw new BudgetExceededException(stage, budget);
        }
    }
}
