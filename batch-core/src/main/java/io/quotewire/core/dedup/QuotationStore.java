package io.quotewire.core.dedup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port through which quotation aggregation reads and extends the quotations already in the database.
 * Every method is a key lookup or an insert/update by key. Suggested SQL tables: {@code quotation} (one row per
 * {@link Quotation}, with its top speaker as a column indexed with its dates, and its 8-word run hashes),
 * {@code quotation_speaker} (quotation id, speaker, count), {@code quotation_form} (normalized key, primary key, to
 * quotation id) and {@code occurrence} (article id, quote id, primary key, quotation id, date, speaker; indexed on
 * quotation id).
 *
 * <p>All writes of a chunk must happen in the chunk's transaction (see the package documentation).
 */
public interface QuotationStore {

    Optional<Quotation> findById(String quotationId);

    /**
     * The quotation that has {@code key} among its forms (the normalized keys of every quote folded into it,
     * including the forms of quotations merged into it). A form key is an opaque string to the store: the engine
     * uses normalized keys and, for fragments folded per speaker, {@code speaker + U+001F + key} (so a form key
     * column must hold a speaker name and a quotation's normalized text).
     */
    Optional<Quotation> findByKey(String key);

    /**
     * At most this many quotations come back from {@link #findBySpeaker}: the cost of a quote must not grow with
     * how much its speaker said before (a prolific speaker has thousands of statements in a window).
     */
    int SPEAKER_CANDIDATES = 200;

    /**
     * The quotations whose top speaker ({@link Quotation#speaker()}) is {@code speaker} and that were active in the
     * window: {@code date <= to AND lastDate >= from}; at most {@link #SPEAKER_CANDIDATES} of them, the most recently
     * active first (by {@code lastDate} descending, then id). Used to fold short fragments by the same speaker.
     */
    List<Quotation> findBySpeaker(String speaker, LocalDate from, LocalDate to);

    /**
     * The quotations whose top speaker is {@code speaker}, that were active in the window ({@code date <= to AND
     * lastDate >= from}) and that share one of these 8-word run hashes ({@link Quotation#sharesRun}); no limit. Used
     * to fold a fragment that overlaps a longer statement of the same speaker.
     */
    List<Quotation> findSharingRun(String speaker, long[] sortedRuns, LocalDate from, LocalDate to);

    /** The occurrences of a quotation, in any order (the engine sorts them). */
    List<Occurrence> occurrencesOf(String quotationId);

    /** The quotation id of each of this article's quotes that has an occurrence, by quote id (empty if none). */
    Map<String, String> quotationIdsOfArticle(String articleId);

    /** Inserts the quotation, or updates the row with its id. */
    void save(Quotation quotation);

    /** Records {@code key} as a form of the quotation (inserts, or re-points an existing key). */
    void addForm(String key, String quotationId);

    /** Adds an occurrence to the quotation; an occurrence with the same (articleId, quoteId) is left as it is. */
    void addOccurrence(String quotationId, Occurrence occurrence);

    /**
     * Moves everything of quotation {@code fromId} (forms, occurrences) to {@code intoId} and deletes
     * {@code fromId}'s row (an adapter may keep a redirect {@code fromId -> intoId} for readers of older output).
     * The caller has already saved {@code intoId}'s merged row (counts, dates, speakers, runs).
     */
    void merge(String fromId, String intoId);
}
