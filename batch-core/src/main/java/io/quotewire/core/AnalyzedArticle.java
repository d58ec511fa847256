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

    /**
     * The same analysis stored under another key (a later version of the article's id): the article and its quote
     * ids ({@code <key>#q<n>}) take the key.
     */
    public AnalyzedArticle withArticleId(String key) {
        if (key.equals(article.articleId())) {
            return this;
        }
        String old = article.articleId();
        Article renamed = new Article(key, article.source(), article.published(), article.publishedRaw(),
                article.publishedAt(), article.title(), article.body());
        List<Quote> requoted = quotes.stream().map(q -> new Quote(key + q.id().substring(old.length()), q.start(), q.end(),
                q.text(), q.kind(), q.speaker(), q.cue(), q.date(), q.quotationId())).toList();
        return new AnalyzedArticle(renamed, timexes, requoted, fingerprint);
    }

    @Override
    public String source() {
        return article.source();
    }
}
