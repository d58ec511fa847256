package io.quotewire.writers.jdbc;

import io.quotewire.core.dedup.ArticleIndex;
import io.quotewire.core.dedup.BandHit;
import io.quotewire.core.dedup.IndexEntry;
import io.quotewire.core.dedup.IndexedArticle;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The near-duplicate index in the database: an article is indexed once its decision is taken
 * ({@code article.dedup_done}); its LSH band keys live in {@code article_band}. Every method is an indexed lookup,
 * so memory does not grow with the history. Writes go through the caller's transaction.
 */
public class JdbcArticleIndex implements ArticleIndex {
    private static final String COLUMNS = "a.article_id, a.published, a.content_hash, a.duplicate_of";

    private final JdbcTemplate jdbc;

    public JdbcArticleIndex(JdbcTemplate jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
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
        List<BandHit> hits = new ArrayList<>();
        for (List<Long> batch : InClause.batches(InClause.distinct(bandKeys))) {
            Object[] args = InClause.args(batch, from, to);
            hits.addAll(jdbc.query("SELECT b.band_key, " + COLUMNS + " FROM article_band b "
                            + "JOIN article a ON a.article_id = b.article_id "
                            + "WHERE b.band_key IN (" + InClause.placeholders(batch.size()) + ") "
                            + "AND b.published BETWEEN ? AND ? AND a.dedup_done = TRUE",
                    (rs, n) -> new BandHit(rs.getLong(1), new IndexedArticle(rs.getString(2),
                            rs.getObject(3, LocalDate.class), rs.getString(4).trim(), rs.getString(5))), args));
        }
        return hits;
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
        // the article rows exist (the analyze step wrote them): mark them decided
        jdbc.batchUpdate("UPDATE article SET duplicate_of = ?, dedup_done = TRUE WHERE article_id = ? AND dedup_done = FALSE",
                entries, entries.size(), (ps, e) -> {
                    ps.setString(1, e.duplicateOf());
                    ps.setString(2, e.articleId());
                });
        jdbc.batchUpdate("DELETE FROM article_band WHERE article_id = ?", entries, entries.size(),
                (ps, e) -> ps.setString(1, e.articleId()));
        List<Object[]> bands = new ArrayList<>();
        for (IndexEntry e : entries) {
            for (long key : InClause.distinct(e.bandKeys())) {
                bands.add(new Object[] {key, e.published(), e.articleId()});
            }
        }
        jdbc.batchUpdate("INSERT INTO article_band (band_key, published, article_id) VALUES (?, ?, ?)", bands);
    }

    private static IndexedArticle indexed(ResultSet rs) throws SQLException {
        return new IndexedArticle(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3).trim(),
                rs.getString(4));
    }
}
