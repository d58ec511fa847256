package io.quotewire.core;

/** What per-article processing produces: an analysed article, or the reason it was rejected. */
public sealed interface ArticleOutcome permits AnalyzedArticle, Rejection {
    String articleId();

    String source();
}
