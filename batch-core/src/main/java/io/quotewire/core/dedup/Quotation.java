package io.quotewire.core.dedup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A deduplicated quotation as stored (its occurrences, forms and shingles are stored beside it).
 *
 * @param id             stable id ({@code QuotationKey.idFor} of the key of the form that created it)
 * @param key            the normalized key of {@code text}
 * @param text           the longest form seen (Quotebank's {@code quotation})
 * @param date           the earliest occurrence date
 * @param lastDate       the latest occurrence date (fragment folding looks for quotations active near a date)
 * @param numOccurrences the number of occurrences
 * @param speakers       occurrences per speaker, most first (ties by name): the first is the quotation's speaker;
 *                       the counts add up to {@code numOccurrences}
 */
public record Quotation(String id, String key, String text, LocalDate date, LocalDate lastDate, int numOccurrences,
                        List<SpeakerCount> speakers) {
    public Quotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(lastDate, "lastDate");
        speakers = List.copyOf(speakers);
        if (speakers.isEmpty() || numOccurrences < 1) {
            throw new IllegalArgumentException("a quotation has at least one occurrence: " + id);
        }
    }

    /** The top speaker's name ({@link SpeakerCount#NONE} when unknown): the column {@code findBySpeaker} matches. */
    public String speaker() {
        return speakers.get(0).name();
    }
}
