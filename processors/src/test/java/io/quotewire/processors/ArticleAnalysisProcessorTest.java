package io.quotewire.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.AnalyzedArticle;
import io.quotewire.core.ArticleOutcome;
import io.quotewire.core.RawArticle;
import io.quotewire.core.Rejection;
import io.quotewire.core.RejectionReason;
import io.quotewire.processors.bench.HostileArticles;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The processor's budget, on clocks the test moves: deterministic, whatever the machine's speed. */
class ArticleAnalysisProcessorTest {
    private static final RawArticle SHORT = new RawArticle("short", "short.txt",
            "date 2020-01-08 Officials met on Monday.\n\n“We will not back down,” Smith said on Friday.");

    private final ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();

    @Test
    void anAnalysisThatRunsPastTheBudgetIsRejectedAsTooSlow() {
        // every reading of the clock is a second later: the analysis "takes" a second per 1024 loop steps
        AtomicLong now = new AtomicLong();
        ArticleAnalysisProcessor processor = new ArticleAnalysisProcessor(analyzer, Duration.ofSeconds(5),
                () -> now.getAndAdd(1_000_000_000L));
        RawArticle slow = HostileArticles.STATEMENTS.article(100_000);

        ArticleOutcome outcome = processor.process(slow);

        assertThat(outcome).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.TOO_SLOW);
            assertThat(r.articleId()).isEqualTo(slow.articleId());
            assertThat(r.detail()).matches("analysis took more than 5s \\(in (temporal tagging|quotations and "
                    + "speakers|statement dating|fingerprinting)\\); the budget is quotewire\\.article-time-budget");
        });
    }

    @Test
    void withinTheBudgetTheAnalysisIsTheSameAsWithout() {
        ArticleAnalysisProcessor budgeted = new ArticleAnalysisProcessor(analyzer, Duration.ofSeconds(5),
                new AtomicLong()::getAndIncrement);
        ArticleAnalysisProcessor unbounded = new ArticleAnalysisProcessor(analyzer);
        RawArticle big = HostileArticles.NEWSWIRE.article(100_000);

        assertThat(budgeted.process(SHORT)).isInstanceOf(AnalyzedArticle.class).isEqualTo(unbounded.process(SHORT));
        assertThat(budgeted.process(big)).isInstanceOf(AnalyzedArticle.class).isEqualTo(unbounded.process(big));
    }

    @Test
    void aShortArticleNeverReadsTheClockSoATinyBudgetLetsItThrough() {
        AtomicLong reads = new AtomicLong();
        ArticleAnalysisProcessor processor = new ArticleAnalysisProcessor(analyzer, Duration.ofNanos(1),
                () -> reads.incrementAndGet() * 1_000_000_000L);

        assertThat(processor.process(SHORT)).isInstanceOf(AnalyzedArticle.class);
        assertThat(reads.get()).isEqualTo(1); // when the deadline was set
    }

    @Test
    void anArticleWithMoreQuotationsThanTheCapIsRejectedAndOneAtTheCapIsNot() {
        String text = "date 2020-01-03 " + "“We agree,” Ann Lee said. ".repeat(40);
        ArticleAnalysisProcessor capped = new ArticleAnalysisProcessor(analyzer, null, Duration.ZERO, System::nanoTime, 39);
        ArticleOutcome over = capped.process(new RawArticle("a", "a.txt", text));
        assertThat(over).isInstanceOf(Rejection.class);
        assertThat(((Rejection) over).reason()).isEqualTo(RejectionReason.TOO_MANY_QUOTES);
        assertThat(((Rejection) over).detail()).contains("40 quotations", "quotewire.max-quotes-per-article (39)");
        ArticleAnalysisProcessor atCap = new ArticleAnalysisProcessor(analyzer, null, Duration.ZERO, System::nanoTime, 40);
        assertThat(atCap.process(new RawArticle("a", "a.txt", text))).isInstanceOf(AnalyzedArticle.class);
    }
}
