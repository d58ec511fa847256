package io.quotewire.core.dedup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The quotations in the database as a chunk reads and writes them: every look-up takes all of a chunk's keys at
 * once, and a chunk's writes go in one {@link #apply} of batched statements. Behind a {@code ChunkQuotationStore},
 * which answers the aggregator's per-quote calls from what it read ahead and keeps its writes until the chunk ends.
 * Every method is a look-up or a write by key, in the caller's transaction.
 */
public interface QuotationBatchStore {

    /** The quotation id of each of these form keys that has one (see {@link QuotationStore#findByKey}). */
    Map<String, String> formsOf(Collection<String> keys);

    /** These quotations with their speaker counts, by id (ids that are unknown are left out). */
    Map<String, Quotation> quotationsByIds(Collection<String> ids);

    /**
     * Every quotation (no limit) whose top speaker is one of these and that was active in the window
     * ({@code date <= to AND lastDate >= from}), with its speaker counts.
     */
    List<Quotation> activeBySpeakers(Collection<String> speakers, LocalDate from, LocalDate to);

    /** The quotation id of each quote with an occurrence, by article id and then quote id. */
    Map<String, Map<String, String>> quotationIdsOfArticles(Collection<String> articleIds);

    /**
     * A chunk's writes, in this order: the merges (each moves the forms, occurrences and redirects of one quotation
     * to another and deletes it, as {@link QuotationStore#merge}), then the quotations saved (insert or update, with
     * their speaker counts and runs), the forms (insert or re-point) and the occurrences (inserted unless present).
     */
    void apply(Writes writes);

    /** One chunk's writes. Forms and occurrences already point at the quotations they end up in. */
    record Writes(List<String[]> merges, Collection<Quotation> saved, Map<String, String> forms,
                  Map<String, List<Occurrence>> occurrences) {
        public boolean isEmpty() {
            return merges.isEmpty() && saved.isEmpty() && forms.isEmpty() && occurrences.isEmpty();
        }
    }
}
