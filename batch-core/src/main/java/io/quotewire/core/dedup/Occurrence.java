package io.quotewire.core.dedup;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One occurrence of a quotation: a quote in an article. Field names are those of the quotations file.
 *
 * @param articleId the article
 * @param quoteId   the quote's id in that article ({@code <articleId>#q<n>})
 * @param date      the date the statement was made (the quote's date)
 * @param speaker   the quote's canonical speaker name, or null when unknown
 */
public record Occurrence(String articleId, String quoteId, LocalDate date, String speaker) {
    public Occurrence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(date, "date");
    }
}
