package io.quotewire.core.dedup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The port through which article deduplication reads and extends its history (every article already decided, this
 * night and every night before). The database implements it; the engine calls it a few times per chunk with all of
 * the chunk's keys at once, so each method is one (or a few, when a key list is split) indexed queries.
 *
 * <p>All writes of a chunk must happen in the chunk's transaction (see the package documentation).
 */
public interface ArticleIndex {

    /**
     * The articles among {@code articleIds} that are already indexed, by id. Lets a rerun of an article that was
     * decided before (a restart, the same file read again) return the stored decision instead of deciding again.
     * SQL: {@code SELECT ... FROM article WHERE article_id IN (...)}.
     */
    Map<String, IndexedArticle> findByIds(Collection<String> articleIds);

    /**
     * Every indexed article whose content hash is one of {@code contentHashes}, in any order.
     * SQL: {@code ... WHERE content_hash IN (...)} (an index on {@code content_hash}).
     */
    List<IndexedArticle> findByContentHashes(Collection<String> contentHashes);

    /**
     * The indexed articles that have one of {@code bandKeys} and were published between {@code from} and
     * {@code to} inclusive: one hit per (key, article) pair, in any order. The deduplicator asks for windows of
     * a few days (the publication window around the dates of a chunk), in the order of the run, so an adapter may
     * read the window's days once and keep them while the window holds them.
     */
    List<BandHit> findByBandKeys(long[] bandKeys, LocalDate from, LocalDate to);

    /** The bodies of the given indexed articles, by id (ids that are unknown are left out). */
    Map<String, String> loadBodies(Collection<String> articleIds);

    /**
     * Indexes these articles with their decisions, in list order. An article id that is already indexed is left as
     * it is (idempotent).
     */
    void addAll(List<IndexEntry> entries);

    /**
     * Takes these articles out of the look-ups by key (earlier versions superseded by a corrected text): they are
     * no near-duplicate candidates any more. Default: nothing, for an index that finds keys in stored rows that the
     * caller deletes itself.
     */
    default void forget(Collection<String> articleIds) {
    }
}
