package io.quotewire.processors;

import io.quotewire.core.ArticleInput;
import io.quotewire.core.ArticleOutcome;
import io.quotewire.core.RawArticle;
import io.quotewire.core.Rejection;
import io.quotewire.core.RejectionReason;
import java.time.LocalDate;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The Spring Batch face of {@link ArticleAnalyzer}. Rejections from the reader pass through; an unexpected
 * error on one article becomes that article's rejection instead of failing the run, and so does an analysis that
 * runs past the per-article time budget ({@link RejectionReason#TOO_SLOW}): the night goes on.
 */
public class ArticleAnalysisProcessor implements ItemProcessor<ArticleInput, ArticleOutcome> {
    /** The setting that gives the budget, named in the rejection so that a reader knows what to raise. */
    public static final String BUDGET_SETTING = "quotewire.article-time-budget";

    private final ArticleAnalyzer analyzer;
    private final LocalDate runDate;
    private final Duration budget;
    private final LongSupplier clock;

    /** No time budget, no run date. */
    public ArticleAnalysisProcessor(ArticleAnalyzer analyzer) {
        this(analyzer, null, Duration.ZERO, System::nanoTime);
    }

    /** @param budget the time one article's analysis may take; null, 0 or negative for no limit */
    public ArticleAnalysisProcessor(ArticleAnalyzer analyzer, Duration budget) {
        this(analyzer, null, budget, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime} (tests pass a clock they move themselves) */
    public ArticleAnalysisProcessor(ArticleAnalyzer analyzer, Duration budget, LongSupplier clock) {
        this(analyzer, null, budget, clock);
    }

    /**
     * @param runDate the run's date: a publication date more than a year after it is rejected (null: no upper bound)
     * @param budget  the time one article's analysis may take; null, 0 or negative for no limit
     */
    public ArticleAnalysisProcessor(ArticleAnalyzer analyzer, LocalDate runDate, Duration budget) {
        this(analyzer, runDate, budget, System::nanoTime);
    }

    public ArticleAnalysisProcessor(ArticleAnalyzer analyzer, LocalDate runDate, Duration budget, LongSupplier clock) {
        this.analyzer = Objects.requireNonNull(analyzer);
        this.runDate = runDate;
        this.budget = budget;
        this.clock = Objects.requireNonNull(clock);    }

    @Override
    public ArticleOutcome process(ArticleInput input) {
        if (input instanceof RawArticle raw) {
            return analyzeSafely(raw);
        }
        return (Rejection) input;
    }

    private ArticleOutcome analyzeSafely(RawArticle raw) {
        try {
            return analyzer.analyze(raw, runDate, Deadline.after(budget, clock));
        } catch (BudgetExceededException e) {
            return new Rejection(raw.articleId(), raw.source(), RejectionReason.TOO_SLOW,
                    e.getMessage() + "; the budget is " + BUDGET_SETTING);
        } catch (RuntimeException | StackOverflowError e) {
            return new Rejection(raw.articleId(), raw.source(), RejectionReason.PROCESSING_ERROR,
                    e.getClass().getSimpleName() + ": " + Objects.toString(e.getMessage(), "no message"));
        }
    }
}
