package io.quotewire.core.dedup;

import io.quotewire.core.Speaker;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One occurrence of a quotation: a quote in an article. Field names are those of the quotations file.
 *
 * @param articleId          the article
 * @param quoteId            the quote's id in that article ({@code <articleId>#q<n>})
 * @param date               the date the statement was made (the quote's date)
 * @param speaker            the quote's canonical speaker name (across articles: the night's or the history's
 *                           unambiguous fuller name), or null when unknown or only described
 * @param speakerType        the speaker's type label ({@code person}, {@code organization}, {@code group},
 *                           {@code unknown}), or null when not known (rows older than the column)
 * @param speakerDescription the speaker's words when they describe rather than name ({@code official},
 *                           {@code a spokesman}), else null
 * @param speakerReason      why there is no speaker at all ({@code speaker} and {@code speakerDescription} null):
 *                           {@code NO_CUE}, {@code UNRESOLVED_PRONOUN}, ...; else null (and null in rows older than
 *                           the column)
 */
public record Occurrence(String articleId, String quoteId, LocalDate date, String speaker, String speakerType,
                         String speakerDescription, String speakerReason) {
    public Occurrence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(date, "date");
    }

    /** An occurrence without a reason (its speaker is known or described, or the row is older than the column). */
    public Occurrence(String articleId, String quoteId, LocalDate date, String speaker, String speakerType,
                      String speakerDescription) {
        this(articleId, quoteId, date, speaker, speakerType, speakerDescription, null);
    }

    /** An occurrence whose speaker's type is not known. */
    public Occurrence(String articleId, String quoteId, LocalDate date, String speaker) {
        this(articleId, quoteId, date, speaker, null, Speaker.descriptionOf(speaker));
    }
}
