package io.quotewire.core.dedup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One line of the quotations file ({@code quotations-<runDate>.jsonl}), with Quotebank's field names.
 *
 * @param quoteID        the quotation id
 * @param quotation      the longest form
 * @param speaker        the top speaker ({@link SpeakerCount#NONE} when unknown)
 * @param probas         [name, probability] pairs: the share of occurrences per canonical speaker name, most first
 * @param qids           Wikidata ids of the speaker: always empty here
 * @param date           the earliest occurrence date
 * @param numOccurrences the number of occurrences
 * @param articleIds     the distinct articles of the occurrences, in occurrence order
 * @param occurrences    every occurrence
 */
public record QuotationSummary(String quoteID, String quotation, String speaker, List<List<Object>> probas,
                               List<String> qids, LocalDate date, int numOccurrences, List<String> articleIds,
                               List<Occurrence> occurrences) {
    public QuotationSummary {
        Objects.requireNonNull(quoteID, "quoteID");
        Objects.requireNonNull(quotation, "quotation");
        Objects.requireNonNull(speaker, "speaker");
        probas = List.copyOf(probas);
        qids = List.copyOf(qids);
        Objects.requireNonNull(date, "date");
        articleIds = List.copyOf(articleIds);
        occurrences = List.copyOf(occurrences);
    }
}
