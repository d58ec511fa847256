package io.quotewire.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The deadline on a clock the test moves: no test here waits for time to pass. */
class DeadlineTest {
    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void noBudgetIsNone() {
        assertThat(Deadline.after(Duration.ZERO, now::get)).isSameAs(Deadline.NONE);
        assertThat(Deadline.after(Duration.ofSeconds(-1), now::get)).isSameAs(Deadline.NONE);
        assertThat(Deadline.after(null, now::get)).isSameAs(Deadline.NONE);
        now.set(Long.MAX_VALUE);
        Deadline.NONE.check("anything");
        for (int i = 0; i < 10 * Deadline.STRIDE; i++) {
            Deadline.NONE.tick("anything");
        }
        assertThat(Deadline.NONE.bounded()).isFalse();
    }

    @Test
    void checkThrowsOnceTheBudgetHasPassed() {
        Deadline deadline = Deadline.after(Duration.ofSeconds(5), now::get);
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        deadline.check("tagging"); // exactly the budget: still in time
        now.addAndGet(1);
        assertThatThrownBy(() -> deadline.check("statement dating"))
                .isInstanceOfSatisfying(BudgetExceededException.class, e -> {
                    assertThat(e.stage()).isEqualTo("statement dating");
                    assertThat(e.budget()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(e).hasMessage("analysis took more than 5s (in statement dating)");
                });
    }

    @Test
    void tickReadsTheClockOnlyEveryStrideCalls() {
        AtomicLong reads = new AtomicLong();
        Deadline deadline = Deadline.after(Duration.ofNanos(1), () -> {
            reads.incrementAndGet();
            return now.get();
        });
        now.addAndGet(10); // already past
        for (int i = 0; i < Deadline.STRIDE - 1; i++) {
            deadline.tick("quotations");
        }
        assertThat(reads.get()).isEqualTo(1); // the start only
        assertThatThrownBy(() -> deadline.tick("quotations")).isInstanceOf(BudgetExceededException.class)
                .hasMessage("analysis took more than 1ns (in quotations)");
    }

    @Test
    void survivesTheClockWrappingAround() {
        now.set(Long.MAX_VALUE - 10);
        Deadline deadline = Deadline.after(Duration.ofNanos(100), now::get);
        now.set(Long.MIN_VALUE + 50); // 61 ns later
        deadline.check("tagging");
        now.addAndGet(100);
        assertThatThrownBy(() -> deadline.check("tagging")).isInstanceOf(BudgetExceededException.class);
    }

    @Test
    void budgetsReadAsWritten() {
        assertThat(BudgetExceededException.format(Duration.ofSeconds(5))).isEqualTo("5s");
        assertThat(BudgetExceededException.format(Duration.ofMillis(250))).isEqualTo("250ms");
        assertThat(BudgetExceededException.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(BudgetExceededException.format(Duration.ofNanos(1))).isEqualTo("1ns");
        assertThat(BudgetExceededException.format(Duration.ofMinutes(2))).isEqualTo("120s");
    }
}
