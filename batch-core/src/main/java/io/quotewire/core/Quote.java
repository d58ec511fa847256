package io.quotewire.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One direct quotation as it stands in one article.
 *
 * @param id          stable id: {@code <articleId>#q<n>}, n counting from 1 in text order
 * @param start       code-point offset of the quoted text (without its quote marks), inclusive
 * @param end         code-point offset, exclusive
 * @param text        the quoted text
 * @param kind        full, partial or post
 * @param speaker     the attributed speaker; {@link Speaker#UNKNOWN} when none was found
 * @param cue         the reporting words, or null
 * @param date        the date the statement was made, or the publication date
 * @param quotationId the deduplicated quotation this occurrence belongs to; null until deduplication decides
 */
public record Quote(String id, int start, int end, String text, QuoteKind kind, Speaker speaker, Cue cue,
                    LocalDate date, String quotationId) {
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(date, "date");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public Quote withQuotationId(String newQuotationId) {
        return new Quote(id, start, end, text, kind, speaker, cue, date, newQuotationId);
    }

    public static String idFor(String articleId, int ordinal) {
        return articleId + "#q" + ordinal;
    }

    /** The n of an id {@code <articleId>#q<n>} (its quote's place in text order); {@code MAX_VALUE} for another id. */
    public static int ordinalOf(String id) {
        int hash = id.lastIndexOf("#q");
        if (hash < 0) {
            return Integer.MAX_VALUE;
        }
        try {
            return Integer.parseInt(id.substring(hash + 2));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
