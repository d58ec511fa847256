package io.quotewire.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.AnalyzedArticle;
import io.quotewire.core.ArticleOutcome;
import io.quotewire.core.Quote;
import io.quotewire.core.TemporalExpression;
import io.quotewire.processors.bench.HostileArticles;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The shapes that once hung the night, at a few hundred kilobytes, without a budget: the analysis finishes and its
 * output keeps the contract. (How the time grows with the size is the growth benchmark's business, not a test's.)
 */
class HostileShapesTest {
    private static final int SIZE = 300_000;
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 12, 1); // a Tuesday
    private final ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();

    private AnalyzedArticle analyze(HostileArticles shape) {
        ArticleOutcome outcome = analyzer.analyze(shape.article(SIZE), Deadline.NONE);
        assertThat(outcome).isInstanceOf(AnalyzedArticle.class);
        AnalyzedArticle a = (AnalyzedArticle) outcome;
        String body = a.article().body();
        assertThat(HostileArticles.utf8Bytes(shape.text(SIZE))).isGreaterThanOrEqualTo(SIZE);
        assertValidSpans(body, a);
        return a;
    }

    /** In text order, not overlapping, inside the body, their text the body's (the generated text is all BMP). */
    private static void assertValidSpans(String body, AnalyzedArticle a) {
        int previousEnd = 0;
        for (Quote q : a.quotes()) {
            assertThat(q.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(q.end());
            assertThat(q.end()).isLessThanOrEqualTo(body.length());
            assertThat(q.text()).isEqualTo(body.substring(q.start(), q.end()));
            assertThat(q.date()).isNotNull().isBeforeOrEqualTo(PUBLISHED);
            previousEnd = q.end();
        }
        previousEnd = 0;
        for (TemporalExpression t : a.timexes()) {
            assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(t.end());
            assertThat(t.text()).isEqualTo(body.substring(t.start(), t.end()));
            previousEnd = t.end();
        }
        assertThat(a.fingerprint().minHash()).isNotEmpty();
    }

    private static int count(String body, String what) {
        int n = 0;
        for (int i = body.indexOf(what); i >= 0; i = body.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    @Test
    void thousandsOfDatedStatementsAreEachDatedByTheirWeekday() {
        AnalyzedArticle a = analyze(HostileArticles.STATEMENTS);
        String body = a.article().body();
        List<Quote> quotes = a.quotes();
        assertThat(quotes).hasSize(count(body, "“"));
        assertThat(quotes.size()).isGreaterThan(3_000);
        for (Quote q : quotes) {
            // "<speaker> said on <Weekday> “…”": the statement is dated the last such weekday up to publication
            int on = body.lastIndexOf(" said on ", q.start());
            String weekday = body.substring(on + " said on ".length(), q.start() - 2);
            LocalDate expected = PUBLISHED;
            while (expected.getDayOfWeek() != DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT))) {
                expected = expected.minusDays(1);
            }
            assertThat(q.date()).as(q.id()).isEqualTo(expected);
            assertThat(q.cue()).isNotNull();
        }
    }

    @Test
    void quotedParagraphsAreEachAQuotation() {
        AnalyzedArticle a = analyze(HostileArticles.QUOTED_PARAGRAPHS);
        assertThat(a.quotes()).hasSize(count(a.article().body(), "“"));
        assertThat(a.quotes()).allSatisfy(q -> assertThat(q.date()).isEqualTo(PUBLISHED));
    }

    @Test
    void aLongSingleLineHasItsQuotationsAndDates() {
        AnalyzedArticle a = analyze(HostileArticles.ONE_LINE);
        String body = a.article().body();
        assertThat(body).doesNotContain("\n");
        assertThat(a.quotes()).hasSize(count(body, "“"));
        assertThat(a.timexes().size()).isGreaterThan(count(body, "“"));
    }

    @Test
    void aLongNewswireArticleHasItsQuotationsAndDates() {
        AnalyzedArticle a = analyze(HostileArticles.NEWSWIRE);
        String body = a.article().body();
        assertThat(a.quotes()).hasSize(count(body, "\"") / 2);
        assertThat(a.quotes()).allSatisfy(q -> assertThat(q.date()).isBefore(PUBLISHED)); // "last week"
        assertThat(a.timexes().size()).isGreaterThan(count(body, " quarter "));
    }
}
