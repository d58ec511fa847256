package io.quotewire.processors;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quotewire.core.Quote;
import io.quotewire.core.TemporalExpression;
import io.quotewire.processors.bench.HostileArticles;
import io.quotewire.processors.dates.StatementDater;
import io.quotewire.processors.dates.TemporalTagger;
import io.quotewire.processors.dedup.Fingerprinter;
import io.quotewire.processors.quotes.QuoteExtractor;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Each engine checks the deadline in its loop and names itself as the stage that ran over. */
class EngineDeadlineTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 12, 1);
    private final String body = HostileArticles.STATEMENTS.text(100_000).substring("date 2026-12-01 ".length());

    /** A deadline of 1 ns on a clock that moves a second at each reading: over at the first check. */
    private static Deadline over() {
        AtomicLong now = new AtomicLong();
        return Deadline.after(Duration.ofNanos(1), () -> now.getAndAdd(1_000_000_000L));
    }

    @Test
    void temporalTagging() {
        assertThatThrownBy(() -> new TemporalTagger().tag(body, PUBLISHED, over()))
                .isInstanceOf(BudgetExceededException.class).hasMessageContaining("(in temporal tagging)");
    }

    @Test
    void quotationsAndSpeakers() {
        assertThatThrownBy(() -> new QuoteExtractor().extract("s", body, PUBLISHED, over()))
                .isInstanceOf(BudgetExceededException.class).hasMessageContaining("(in quotations and speakers)");
    }

    @Test
    void statementDating() {
        List<TemporalExpression> timexes = new TemporalTagger().tag(body, PUBLISHED);
        List<Quote> quotes = new QuoteExtractor().extract("s", body, PUBLISHED);
        assertThatThrownBy(() -> new StatementDater().date(body, quotes, timexes, PUBLISHED, over()))
                .isInstanceOf(BudgetExceededException.class).hasMessageContaining("(in statement dating)");
    }

    @Test
    void fingerprinting() {
        assertThatThrownBy(() -> new Fingerprinter().fingerprint(body, over()))
                .isInstanceOf(BudgetExceededException.class).hasMessageContaining("(in fingerprinting)");
    }
}
