package io.quotewire.writers.jdbc;

import io.quotewire.core.Quote;

import io.quotewire.core.AnalyzedArticle;
import io.quotewire.core.Article;
import io.quotewire.core.Rejection;
import io.quotewire.core.dedup.IndexEntry;
import io.quotewire.core.dedup.NameSighting;
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
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The article and rejected_input tables. A run writing an article again (a restart) replaces its row; another run
 * reading the same id adds a version of it beside the earlier one.
 */
public class ArticleTable {
    private final JdbcTemplate jdbc;
    private final JsonCodec json;
    private final String jsonParameter;
    private final BiFunction<List<Quote>, LocalDate, List<NameSighting>> fullNames;

    /**
     * @param fullNames the full speaker names of an article's quotes (the cross-article step's night table is made of
     *                  them: {@code CrossArticleSpeakers::sightingsOf})
     */
    public ArticleTable(JdbcTemplate jdbc, JsonCodec json, BiFunction<List<Quote>, LocalDate, List<NameSighting>> fullNames) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.json = Objects.requireNonNull(json);
        this.jsonParameter = SqlDialect.of(jdbc).jsonParameter();
        this.fullNames = Objects.requireNonNull(fullNames);
    }

    /** A table that records no full speaker names (tests of other columns). */
    public ArticleTable(JdbcTemplate jdbc, JsonCodec json) {
        this(jdbc, json, (quotes, published) -> List.of());
    }

    /** The {@code speaker_names} column of an article: one {@code key TAB full name} line each; null when none. */
    public static String speakerNamesColumn(List<NameSighting> names) {
        if (names.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (NameSighting n : names) {
            if (n.key().indexOf('\t') >= 0 || n.key().indexOf('\n') >= 0 || n.fullName().indexOf('\t') >= 0
                    || n.fullName().indexOf('\n') >= 0) {
                continue; // never produced by the engine (it folds whitespace); kept out of the format
            }
            sb.append(sb.isEmpty() ? "" : "\n").append(n.key()).append('\t').append(n.fullName());
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** The names of a {@code speaker_names} column, dated {@code published}. */
    public static List<NameSighting> speakerNamesOf(String column, LocalDate published) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        List<NameSighting> out = new ArrayList<>();
        for (String line : column.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0 && tab < line.length() - 1) {
                out.add(new NameSighting(line.substring(0, tab), line.substring(tab + 1), published));
            }
        }
        return out;
    }

    /**
     * Stores analysed articles, each under its version's key (see {@link #versionKey}): an id first read by this run
     * keeps its bare key, an id that an earlier run already stored becomes that id's next version, and an article this
     * run already stored (a restart, a rerun of a partition) is replaced. Replaced with the same text and date, it
     * keeps its duplicate decision and occurrences, so nothing is counted twice; with another text it loses both (its
     * occurrences leave their quotations) and is decided again.
     */
    public void saveAnalyzed(long jobInstanceId, LocalDate runDate, List<AnalyzedArticle> input, Instant now) {
        if (input.isEmpty()) {
            return;
        }
        Map<String, List<Stored>> versions = versionsOf(input);
        List<AnalyzedArticle> articles = new ArrayList<>(input.size());
        Map<String, Stored> replaced = new HashMap<>();
        Map<String, Integer> versionOf = new HashMap<>();
        for (AnalyzedArticle a : input) {
            List<Stored> stored = versions.getOrDefault(a.articleId(), List.of());
            Stored mine = stored.stream().filter(v -> v.jobInstanceId() == jobInstanceId).findFirst().orElse(null);
            int version = mine != null ? mine.version() : stored.stream().mapToInt(Stored::version).max().orElse(0) + 1;
            AnalyzedArticle keyed = a.withArticleId(versionKey(a.articleId(), version));
            articles.add(keyed);
            versionOf.put(keyed.articleId(), version);
            if (mine != null) {
                replaced.put(keyed.articleId(), mine);
            }
        }
        List<String> changed = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            Stored d = replaced.get(a.articleId());
            if (d != null && d.decided() && !d.sameAs(a)) {
                changed.add(a.articleId());
            }
        }
        if (!changed.isEmpty()) {
            new OccurrenceCleanup(jdbc).forget(changed, jobInstanceId);
            jdbc.batchUpdate("DELETE FROM article_band WHERE article_id = ?", changed, changed.size(),
                    (ps, id) -> ps.setString(1, id));
        }
        List<AnalyzedArticle> again = articles.stream().filter(a -> replaced.containsKey(a.articleId())).toList();
        if (!again.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM article WHERE article_id = ?", again, again.size(),
                    (ps, a) -> ps.setString(1, a.articleId()));
            jdbc.batchUpdate("DELETE FROM article_text WHERE article_id = ?", again, again.size(),
                    (ps, a) -> ps.setString(1, a.articleId()));
        }
        jdbc.batchUpdate("""
                INSERT INTO article (article_id, source, job_instance_id, run_date, published, published_raw,
                    published_at, title, content_hash, minhash, quotes, duplicate_of, dedup_done, processed_at, run_order,
                    base_id, version, speaker_names)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s, ?, ?, ?, ?, ?, ?, ?)""".formatted(jsonParameter), articles, articles.size(), (ps, a) -> {
            Article article = a.article();
            Stored kept = replaced.get(a.articleId());
            boolean keep = kept != null && kept.decided() && kept.sameAs(a);
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
            ps.setString(16, baseIdOf(article.articleId()));
            ps.setInt(17, versionOf.get(article.articleId()));
            ps.setString(18, speakerNamesColumn(fullNames.apply(a.quotes(), article.published())));
        });
        // the text goes to its own table, written once: the article row is updated later, the text never
        jdbc.batchUpdate("INSERT INTO article_text (article_id, body, timexes) VALUES (?, ?, " + jsonParameter + ")", articles,
                articles.size(), (ps, a) -> {
                    ps.setString(1, a.articleId());
                    ps.setString(2, a.article().body());
                    ps.setString(3, json.timexesToJson(a.timexes()));
                });
    }

    /** The cross-article step's decision on an article: the story it copies (or null), its quotes with their ids. */
    public record Decision(String articleId, String duplicateOf, List<Quote> quotes) {
    }

    /** Records a chunk's decisions, in one batch. */
    public void recordDecisions(List<Decision> decisions) {
        recordDecisions(decisions, List.of());
    }

    /**
     * Records a chunk's decisions, with the near-duplicate index's entries of the articles decided now (a
     * {@link JdbcArticleIndex} with deferred writes): one UPDATE of each row. An entry's row is marked decided only
     * if it was not already (as {@link JdbcArticleIndex#addAll} does); returns the entries whose rows were.
     */
    public List<IndexEntry> recordDecisions(List<Decision> decisions, List<IndexEntry> entries) {
        Map<String, IndexEntry> entryOf = new HashMap<>();
        for (IndexEntry e : entries) {
            entryOf.put(e.articleId(), e);
        }
        List<Decision> indexed = new ArrayList<>();
        List<Decision> plain = new ArrayList<>();
        for (Decision d : decisions) {
            (entryOf.containsKey(d.articleId()) ? indexed : plain).add(d);
        }
        List<IndexEntry> written = new ArrayList<>();
        if (!indexed.isEmpty()) {
            int[][] counts = jdbc.batchUpdate("UPDATE article SET duplicate_of = ?, dedup_done = TRUE, index_keys = ?, "
                    + "quotes = " + jsonParameter + " WHERE article_id = ? AND dedup_done = FALSE", indexed,
                    indexed.size(), (ps, d) -> {
                        ps.setString(1, d.duplicateOf());
                        ps.setBytes(2, toBytes(entryOf.get(d.articleId()).bandKeys()));
                        ps.setString(3, json.quotesToJson(d.quotes()));
                        ps.setString(4, d.articleId());
                    });
            // a row decided before gets its decision recorded as before, without being indexed again
            for (Decision d : updated(indexed, counts, plain::add)) {
                written.add(entryOf.get(d.articleId()));
            }
        }
        if (!plain.isEmpty()) {
            jdbc.batchUpdate("UPDATE article SET duplicate_of = ?, quotes = " + jsonParameter + " WHERE article_id = ?",
                    plain, plain.size(), (ps, d) -> {
                        ps.setString(1, d.duplicateOf());
                        ps.setString(2, json.quotesToJson(d.quotes()));
                        ps.setString(3, d.articleId());
                    });
        }
        return written;
    }

    /**
     * The items of a batch update whose statement changed a row, from its counts (batch by batch, in order); the
     * others go to {@code unchanged}.
     */
    static <T> List<T> updated(List<T> items, int[][] counts, Consumer<T> unchanged) {
        List<T> out = new ArrayList<>();
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count != 0) {
                    out.add(items.get(i));
                } else { // 0: decided before, and left as it is
                    unchanged.accept(items.get(i));
                }
                i++;
            }
        }
        return out;
    }

    /**
     * The key of version {@code version} of an article id: the id itself for the first, {@code <id>//v<n>} after
     * it. No file's id holds {@code //} (it is a relative path), so a version key is never another file's id.
     */
    public static String versionKey(String articleId, int version) {
        return version <= 1 ? articleId : articleId + VERSION_MARK + version;
    }

    /** The id of the file behind an article key: the key without its version suffix. */
    public static String baseIdOf(String key) {
        int mark = key.lastIndexOf(VERSION_MARK);
        return mark < 0 ? key : key.substring(0, mark);
    }

    private static final String VERSION_MARK = "//v";

    /** A stored version of an article id. */
    private record Stored(String key, long jobInstanceId, int version, String contentHash, LocalDate published,
                          String duplicateOf, boolean decided) {
        boolean sameAs(AnalyzedArticle a) {
            return contentHash.equals(a.fingerprint().contentHash()) && published.equals(a.article().published());
        }
    }

    /** Every stored version of the chunk's article ids, by id: one indexed look-up per batch of ids. */
    private Map<String, List<Stored>> versionsOf(List<AnalyzedArticle> articles) {
        Map<String, List<Stored>> found = new HashMap<>();
        List<String> ids = articles.stream().map(AnalyzedArticle::articleId).toList();
        for (List<String> batch : InClause.batches(ids)) {
            jdbc.query("SELECT base_id, article_id, job_instance_id, version, content_hash, published, duplicate_of, "
                    + "dedup_done FROM article WHERE base_id IN (" + InClause.placeholders(batch.size()) + ")", rs -> {
                        found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Stored(rs.getString(2),
                                rs.getLong(3), rs.getInt(4), rs.getString(5).trim(), rs.getObject(6, LocalDate.class),
                                rs.getString(7), rs.getBoolean(8)));
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
