package io.quotewire.core;

import java.util.List;
import java.util.Objects;

/**
 * An article with everything per-article processing found in it; cross-article decisions
 * (duplicates, quotation ids) come later.
 */
public record AnalyzedArticle(Article article, List<TemporalExpression> timexes, List<Quote> quotes,
                              ArticleFingerprint fingerprint) implements ArticleOutcome {
    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        timexes = List.copyOf(timexes);
        quotes = List.copyOf(quotes);
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    @Override
    public String articleId() {
        return article.articleId();
    }

    @Override
    public String source() {
        return article.source();
    }
}
