package io.quotewire.processors;

import io.quotewire.core.ArticleInput;
import io.quotewire.core.ArticleOutcome;
import io.quotewire.core.RawArticle;
import io.quotewire.core.Rejection;
import io.quotewire.core.RejectionReason;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The Spring Batch face of {@link ArticleAnalyzer}. Rejections from the reader pass through; an unexpected
 * error on one article becomes that article's rejection instead of failing the run.
 */
public class ArticleAnalysisProcessor implements ItemProcessor<ArticleInput, ArticleOutcome> {
    private final ArticleAnalyzer analyzer;
    private final LocalDate runDate;

    /** @param runDate the run's date: a publication date more than a year after it is rejected */
    public ArticleAnalysisProcessor(ArticleAnalyzer analyzer, LocalDate runDate) {
        this.analyzer = Objects.requireNonNull(analyzer);
        this.runDate = Objects.requireNonNull(runDate);
    }

    @Override
    public ArticleOutcome process(ArticleInput input) {
        if (input instanceof RawArticle raw) {
            return analyzeSafely(raw);
        }
        return (Rejection) input;
    }

    private ArticleOutcome analyzeSafely(RawArticle raw) {
        try {
            return analyzer.analyze(raw, runDate);
        } catch (RuntimeException | StackOverflowError e) {
            return new Rejection(raw.articleId(), raw.source(), RejectionReason.PROCESSING_ERROR,
                    e.getClass().getSimpleName() + ": " + Objects.toString(e.getMessage(), "no message"));
        }
    }
}
