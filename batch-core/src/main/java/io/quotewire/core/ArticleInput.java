package io.quotewire.core;

/** What the reader hands on for one input file: its text, or the reason it cannot be used. */
public sealed interface ArticleInput permits RawArticle, Rejection {
    String articleId();

    String source();
}
