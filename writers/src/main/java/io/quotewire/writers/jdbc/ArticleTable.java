package io.quotewire.writers.jdbc;

import io.quotewire.core.AnalyzedArticle;
import io.quotewire.core.Article;
import io.quotewire.core.Rejection;
import io.quotewire.writers.json.JsonCodec;
import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The article and rejected_input tables. Every write replaces the row with the same key, so writing the same
 * article twice (a rerun, the same file on another night) leaves one row.
 */
public class ArticleTable {
    private final JdbcTemplate jdbc;
    private final JsonCodec json;

    public ArticleTable(JdbcTemplate jdbc, JsonCodec json) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.json = Objects.requireNonNull(json);
    }

    /**
     * Inserts or replaces analysed articles. An article read again with the same text and date (the same file on
     * another night, a rerun) keeps its duplicate decision and its occurrences, so nothing is counted twice; one
     * whose text changed loses both (its occurrences leave their quotations) and is decided again.
     */
    public void saveAnalyzed(long jobInstanceId, LocalDate runDate, List<AnalyzedArticle> articles, Instant now) {
        if (articles.isEmpty()) {
            return;
        }
        Map<String, Decided> before = decided(articles);
        List<String> changed = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            Decided d = before.get(a.articleId());
            if (d != null && !d.sameAs(a)) {
                changed.add(a.articleId());
            }
        }
        if (!changed.isEmpty()) {
            new OccurrenceCleanup(jdbc).forget(changed, jobInstanceId);
            jdbc.batchUpdate("DELETE FROM article_band WHERE article_id = ?", changed, changed.size(),
                    (ps, id) -> ps.setString(1, id));
        }
        jdbc.batchUpdate("DELETE FROM article WHERE article_id = ?", articles, articles.size(),
                (ps, a) -> ps.setString(1, a.articleId()));
        jdbc.batchUpdate("DELETE FROM article_text WHERE article_id = ?", articles, articles.size(),
                (ps, a) -> ps.setString(1, a.articleId()));
        jdbc.batchUpdate("""
                INSERT INTO article (article_id, source, job_instance_id, run_date, published, published_raw,
                    published_at, title, content_hash, minhash, quotes, duplicate_of, dedup_done, processed_at, run_order)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", articles, articles.size(), (ps, a) -> {
            Article article = a.article();
            Decided kept = before.get(a.articleId());
            boolean keep = kept != null && kept.sameAs(a);
            ps.setString(1, article.articleId());
            ps.setString(2, article.source());
            ps.setLong(3, jobInstanceId);
            ps.setObject(4, runDate);
            ps.setObject(5, article.published());
            ps.setString(6, truncate(article.publishedRaw(), 512));
            if (article.publishedAt() == null) {
                ps.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                ps.setObject(7, OffsetDateTime.ofInstant(article.publishedAt(), ZoneOffset.UTC));
            }
            ps.setString(8, truncate(article.title(), 2048));
            ps.setString(9, a.fingerprint().contentHash());
            ps.setBytes(10, toBytes(a.fingerprint().minHash()));
            ps.setString(11, json.quotesToJson(a.quotes()));
            ps.setString(12, keep ? kept.duplicateOf() : null);
            ps.setBoolean(13, keep);
            ps.setObject(14, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.setString(15, runOrder(article.published(), article.articleId()));
        });
        // the text goes to its own table, written once: the article row is updated later, the text never
        jdbc.batchUpdate("INSERT INTO article_text (article_id, body, timexes) VALUES (?, ?, ?)", articles,
                articles.size(), (ps, a) -> {
                    ps.setString(1, a.articleId());
                    ps.setString(2, a.article().body());
                    ps.setString(3, json.timexesToJson(a.timexes()));
                });
    }

    /** What is stored of an article whose duplicate decision was taken. */
    private record Decided(String contentHash, LocalDate published, String duplicateOf) {
        boolean sameAs(AnalyzedArticle a) {
            return contentHash.equals(a.fingerprint().contentHash()) && published.equals(a.article().published());
        }
    }

    private Map<String, Decided> decided(List<AnalyzedArticle> articles) {
        Map<String, Decided> found = new HashMap<>();
        List<String> ids = articles.stream().map(AnalyzedArticle::articleId).toList();
        for (List<String> batch : InClause.batches(ids)) {
            jdbc.query("SELECT article_id, content_hash, published, duplicate_of FROM article WHERE dedup_done = TRUE "
                    + "AND article_id IN (" + InClause.placeholders(batch.size()) + ")", rs -> {
                        found.put(rs.getString(1), new Decided(rs.getString(2).trim(), rs.getObject(3, LocalDate.class),
                                rs.getString(4)));
                    }, batch.toArray());
        }
        return found;
    }

    /** Inserts or replaces rejections of this job instance. */
    public void saveRejections(long jobInstanceId, LocalDate runDate, List<Rejection> rejections, Instant now) {
        if (rejections.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("DELETE FROM rejected_input WHERE job_instance_id = ? AND source = ?", rejections,
                rejections.size(), (ps, r) -> {
                    ps.setLong(1, jobInstanceId);
                    ps.setString(2, r.source());
                });
        jdbc.batchUpdate("""
                INSERT INTO rejected_input (job_instance_id, source, run_date, article_id, reason, detail, rejected_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rejections, rejections.size(), (ps, r) -> {
            ps.setLong(1, jobInstanceId);
            ps.setString(2, r.source());
            ps.setObject(3, runDate);
            ps.setString(4, r.articleId());
            ps.setString(5, r.reason().name());
            ps.setString(6, truncate(r.detail(), 4000));
            ps.setTimestamp(7, Timestamp.from(now));
        });
    }

    /**
     * The key the cross-article step reads a run in: the ISO publication date (fixed width), a space, the article
     * id, so that one indexed column sorts as (published, articleId).
     */
    public static String runOrder(LocalDate published, String articleId) {
        return published + " " + articleId;
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public static byte[] toBytes(long[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
        for (long v : values) {
            buffer.putLong(v);
        }
        return buffer.array();
    }

    public static long[] toLongs(byte[] bytes) {
        if (bytes == null) {
            return new long[0];
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long[] values = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer.getLong();
        }
        return values;
    }
}
