package io.quotewire.core;

import java.util.Objects;

/**
 * A decoded article file before its header is parsed.
 *
 * @param articleId the file name without {@code .txt}
 * @param source    the path relative to the input folder, with '/' separators
 * @param text      the file's text without BOM and leading whitespace, line ends folded to '\n';
 *                  it starts with the {@code date} header
 */
public record RawArticle(String articleId, String source, String text) implements ArticleInput {
    public RawArticle {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
