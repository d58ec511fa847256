package io.quotewire.processors;

import io.quotewire.core.AnalyzedArticle;
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
    /** The setting that caps the quotations of one article. */
    public static final String MAX_QUOTES_SETTING = "quotewire.max-quotes-per-article";

    private final ArticleAnalyzer analyzer;
    private final LocalDate runDate;
    private final Duration budget;
    private final LongSupplier clock;
    private final int maxQuotes;

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
        this(analyzer, runDate, budget, clock, Integer.MAX_VALUE);
    }

    /**
     * @param maxQuotes the most quotations an article may have: the cross-article step looks each one up and cannot
     *                  be given a time budget without depending on timing, so a pathological article (a megabyte of
     *                  repeated quotation marks gave 30,000 quotes and minutes of deduplication) is rejected here,
     *                  deterministically, as {@link RejectionReason#TOO_MANY_QUOTES}
     */
    public ArticleAnalysisProcessor(ArticleAnalyzer analyzer, LocalDate runDate, Duration budget, LongSupplier clock,
                                    int maxQuotes) {
        this.analyzer = Objects.requireNonNull(analyzer);
        this.runDate = runDate;
        this.budget = budget;
        this.clock = Objects.requireNonNull(clock);
        if (maxQuotes < 1) {
            throw new IllegalArgumentException(MAX_QUOTES_SETTING + " must be at least 1, not " + maxQuotes);
        }
        this.maxQuotes = maxQuotes;    }

    @Override
    public ArticleOutcome process(ArticleInput input) {
        if (input instanceof RawArticle raw) {
            return analyzeSafely(raw);
        }
        return (Rejection) input;
    }

    private ArticleOutcome analyzeSafely(RawArticle raw) {
        try {
            ArticleOutcome outcome = analyzer.analyze(raw, runDate, Deadline.after(budget, clock));
            if (outcome instanceof AnalyzedArticle a && a.quotes().size() > maxQuotes) {
                return new Rejection(raw.articleId(), raw.source(), RejectionReason.TOO_MANY_QUOTES, "the article has "
                        + a.quotes().size() + " quotations, more than " + MAX_QUOTES_SETTING + " (" + maxQuotes + ")");
            }
            return outcome;
        } catch (BudgetExceededException e) {
            return new Rejection(raw.articleId(), raw.source(), RejectionReason.TOO_SLOW,
                    e.getMessage() + "; the budget is " + BUDGET_SETTING);
        } catch (RuntimeException | StackOverflowError e) {
            return new Rejection(raw.articleId(), raw.source(), RejectionReason.PROCESSING_ERROR,
                    e.getClass().getSimpleName() + ": " + Objects.toString(e.getMessage(), "no message"));
        }
    }
}
