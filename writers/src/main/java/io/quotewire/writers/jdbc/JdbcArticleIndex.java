package io.quotewire.writers.jdbc;

import io.quotewire.core.dedup.ArticleIndex;
import io.quotewire.core.dedup.BandHit;
import io.quotewire.core.dedup.IndexEntry;
import io.quotewire.core.dedup.IndexedArticle;
import io.quotewire.core.dedup.LongIntMultimap;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The near-duplicate index in the database: an article is indexed once its decision is taken
 * ({@code article.dedup_done}), with its look-up keys (LSH band keys, then lead keys) in the article row's
 * {@code index_keys}. Look-ups by id and content hash are indexed queries, a chunk's keys at once.
 *
 * <p>Look-ups by key go to the days of the window instead: the decided articles published on each day the
 * deduplicator asks for are read once ({@code WHERE published = ?}, an index range) into a primitive multimap
 * from key to article, and dropped when the window has moved past them (the run is decided in publication order).
 * A key table in the database (one row per key, 24 per article, in random key order) made every commit rewrite
 * pages all over its B-tree: on H2 that was most of the step's time, and most of the file's growth. Memory is
 * bounded by the articles published within the window of one chunk, about 0.6 KB each.
 *
 * <p>The cache never holds what the database does not: a chunk's entries join it when its transaction commits;
 * a rollback drops the whole cache, which the next look-up reads again. Writes go through the caller's transaction.
 *
 * <p>Deferred writes: the cross-article step writes the same row again after aggregation (the quotes with their
 * quotation ids), so there {@link #addAll} only keeps the entries for {@link #takePending}, the caller writes them
 * with the rest of the row ({@link ArticleTable#recordDecisions(List, List)}) and hands the rows it wrote to
 * {@link #indexed}: each article row is updated once in the step instead of twice.
 */
public class JdbcArticleIndex implements ArticleIndex {
    private static final String COLUMNS = "a.article_id, a.published, a.content_hash, a.duplicate_of";

    private final JdbcTemplate jdbc;
    private final WindowDays<Day> days = new WindowDays<>(this::read);
    private final boolean deferWrites;
    private final List<IndexEntry> pending = new ArrayList<>();

    public JdbcArticleIndex(JdbcTemplate jdbc) {
        this(jdbc, false);
    }

    /**
     * @param deferWrites whether {@link #addAll} leaves the rows to the caller (see the class comment); only within
     *                    a transaction, outside one it writes them at once
     */
    public JdbcArticleIndex(JdbcTemplate jdbc, boolean deferWrites) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.deferWrites = deferWrites;
    }

    /** The decided articles of one publication day, by look-up key. */
    private static final class Day {
        final List<IndexedArticle> articles = new ArrayList<>();
        final Map<String, Integer> slots = new HashMap<>();
        final LongIntMultimap byKey;

        Day(int expectedArticles) {
            byKey = new LongIntMultimap(Math.max(16, expectedArticles * 24));
        }

        void add(IndexedArticle a, long[] keys) {
            if (slots.containsKey(a.articleId())) {
                return;
            }
            int slot = articles.size();
            articles.add(a);
            slots.put(a.articleId(), slot);
            for (long key : InClause.distinct(keys)) {
                byKey.put(key, slot);
            }
        }

        void forget(String articleId) {
            Integer slot = slots.remove(articleId);
            if (slot != null) {
                articles.set(slot, null);
            }
        }
    }

    @Override
    public Map<String, IndexedArticle> findByIds(Collection<String> articleIds) {
        Map<String, IndexedArticle> found = new HashMap<>();
        for (List<String> batch : InClause.batches(articleIds)) {
            jdbc.query("SELECT " + COLUMNS + " FROM article a WHERE a.dedup_done = TRUE AND a.article_id IN ("
                    + InClause.placeholders(batch.size()) + ")", rs -> {
                        IndexedArticle a = indexed(rs);
                        found.put(a.articleId(), a);
                    }, batch.toArray());
        }
        return found;
    }

    @Override
    public List<IndexedArticle> findByContentHashes(Collection<String> contentHashes) {
        List<IndexedArticle> found = new ArrayList<>();
        for (List<String> batch : InClause.batches(contentHashes)) {
            found.addAll(jdbc.query("SELECT " + COLUMNS + " FROM article a WHERE a.dedup_done = TRUE AND a.content_hash IN ("
                    + InClause.placeholders(batch.size()) + ")", (rs, n) -> indexed(rs), batch.toArray()));
        }
        return found;
    }

    @Override
    public List<BandHit> findByBandKeys(long[] bandKeys, LocalDate from, LocalDate to) {
        List<Day> window = days.window(from, to);
        List<BandHit> hits = new ArrayList<>();
        for (long key : InClause.distinct(bandKeys)) {
            for (Day day : window) {
                day.byKey.forEach(key, slot -> {
                    IndexedArticle a = day.articles.get(slot);
                    if (a != null) {
                        hits.add(new BandHit(key, a));
                    }
                });
            }
        }
        return hits;
    }

    /** How many days were read from the database so far (each once while the window holds it). */
    public long daysRead() {
        return days.read();
    }

    private Day read(LocalDate day) {
        List<IndexedArticle> articles = new ArrayList<>();
        List<long[]> keys = new ArrayList<>();
        List<String> withoutKeys = new ArrayList<>();
        jdbc.query("SELECT " + COLUMNS + ", a.index_keys FROM article a WHERE a.published = ? AND a.dedup_done = TRUE "
                + "AND a.superseded_by IS NULL", rs -> {
                    IndexedArticle a = indexed(rs);
                    byte[] stored = rs.getBytes(5);
                    articles.add(a);
                    keys.add(stored == null ? null : ArticleTable.toLongs(stored));
                    if (stored == null) {
                        withoutKeys.add(a.articleId());
                    }
                }, day);
        if (!withoutKeys.isEmpty()) {
            // decided before index_keys existed (schema version 6 and older): their keys are in article_band
            Map<String, List<Long>> legacy = new HashMap<>();
            for (List<String> batch : InClause.batches(withoutKeys)) {
                jdbc.query("SELECT article_id, band_key FROM article_band WHERE article_id IN ("
                        + InClause.placeholders(batch.size()) + ")", rs -> {
                            legacy.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                        }, batch.toArray());
            }
            for (int i = 0; i < articles.size(); i++) {
                if (keys.get(i) == null) {
                    keys.set(i, legacy.getOrDefault(articles.get(i).articleId(), List.of()).stream()
                            .mapToLong(Long::longValue).toArray());
                }
            }
        }
        Day d = new Day(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            d.add(articles.get(i), keys.get(i));
        }
        return d;
    }

    @Override
    public Map<String, String> loadBodies(Collection<String> articleIds) {
        Map<String, String> bodies = new HashMap<>();
        for (List<String> batch : InClause.batches(articleIds)) {
            jdbc.query("SELECT article_id, body FROM article_text WHERE article_id IN (" + InClause.placeholders(batch.size())
                    + ")", rs -> {
                        bodies.put(rs.getString(1), rs.getString(2));
                    }, batch.toArray());
        }
        return bodies;
    }

    @Override
    public void addAll(List<IndexEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        if (deferWrites && TransactionSynchronizationManager.isSynchronizationActive()) {
            pending.addAll(entries);
            AfterCompletion.run(pending::clear, pending::clear); // never carried into another transaction
            return;
        }
        // the article rows exist (the analyze step wrote them): mark them decided, with their keys
        int[][] counts = jdbc.batchUpdate("UPDATE article SET duplicate_of = ?, dedup_done = TRUE, index_keys = ? "
                        + "WHERE article_id = ? AND dedup_done = FALSE", entries, entries.size(), (ps, e) -> {
                    ps.setString(1, e.duplicateOf());
                    ps.setBytes(2, ArticleTable.toBytes(e.bandKeys()));
                    ps.setString(3, e.articleId());
                });
        indexed(ArticleTable.updated(entries, counts, decidedBefore -> { })); // left as it is
    }

    /** The entries {@link #addAll} kept for the caller to write since the last call (deferred writes only). */
    public List<IndexEntry> takePending() {
        List<IndexEntry> taken = List.copyOf(pending);
        pending.clear();
        return taken;
    }

    /**
     * These entries' rows were marked decided in the caller's transaction: they join the days held when it
     * commits (a day not read yet reads them from the database).
     */
    public void indexed(List<IndexEntry> written) {
        AfterCompletion.run(() -> {
            for (IndexEntry e : written) {
                Day day = days.held(e.published());
                if (day != null) {
                    day.add(e.indexed(), e.bandKeys());
                }
            }
        }, days::clear);
    }

    @Override
    public void forget(Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>(articleIds);
        for (Day day : days.held()) {
            for (String id : ids) {
                day.forget(id);
            }
        }
        AfterCompletion.run(() -> { }, days::clear); // a rollback brings them back: the cache is read again
    }

    private static IndexedArticle indexed(ResultSet rs) throws SQLException {
        return new IndexedArticle(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3).trim(),
                rs.getString(4));
    }
}
