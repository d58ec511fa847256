package io.quotewire.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article after its header has been parsed.
 *
 * @param articleId    the input file name without {@code .txt}
 * @param source       the file's path relative to the input folder
 * @param published    the publication date
 * @param publishedRaw the date exactly as the header wrote it
 * @param publishedAt  the publication instant in UTC when the header gave a time, else null
 * @param title        the headline when the article starts with one, else null
 * @param body         the text after the date header; every offset of the job points into it
 */
public record Article(String articleId, String source, LocalDate published, String publishedRaw,
                      Instant publishedAt, String title, String body) {
    public Article {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(body, "body");
    }
}
