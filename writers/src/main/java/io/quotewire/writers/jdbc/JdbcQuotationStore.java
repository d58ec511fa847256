package io.quotewire.writers.jdbc;

import io.quotewire.core.dedup.Occurrence;
import io.quotewire.core.dedup.Quotation;
import io.quotewire.core.dedup.QuotationBatchStore;
import io.quotewire.core.dedup.QuotationStore;
import io.quotewire.core.dedup.SpeakerCount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quotations in the database: one row per quotation with its top speaker and dates, its speaker counts, its
 * forms (by hash) and its occurrences; its 8-word run hashes are an array in its row. Every method is a key lookup or a write by key, in the
 * caller's transaction. Quotations saved are marked as updated by the given job instance.
 */
public class JdbcQuotationStore implements QuotationStore, QuotationBatchStore {
    private static final String COLUMNS = "q.quotation_id, q.norm_key, q.quotation, q.first_date, q.last_date, "
            + "q.num_occurrences, q.runs";

    /** Most occurrences first, unknown speakers after known ones, then by name: the engine's order. */
    private static final Comparator<SpeakerCount> SPEAKER_ORDER = Comparator.comparingInt(SpeakerCount::count).reversed()
            .thenComparing(s -> SpeakerCount.NONE.equals(s.name())).thenComparing(SpeakerCount::name);

    /** Speakers per statement of {@link #activeBySpeakers}: one SELECT each, joined by UNION ALL. */
    private static final int SPEAKERS_PER_STATEMENT = 50;

    private final JdbcTemplate jdbc;
    private final long jobInstanceId;
    private final String saveSql;
    private final String formSql;
    private final String occurrenceSql;

    public JdbcQuotationStore(JdbcTemplate jdbc, long jobInstanceId) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.jobInstanceId = jobInstanceId;
        Upsert upsert = SqlDialect.of(jdbc).upsert();
        saveSql = upsert.sql("quotation", List.of("quotation_id"), List.of("norm_key", "quotation", "first_date",
                "last_date", "num_occurrences", "speaker", "updated_instance", "runs"));
        // the norm_key of an existing form stays the same: its hash is the key's
        formSql = upsert.sql("quotation_form", List.of("form_hash"), List.of("norm_key", "quotation_id"));
        // an occurrence already there is left as it is
        occurrenceSql = upsert.insertIgnoring("occurrence", List.of("article_id", "quote_id"), List.of("quotation_id",
                "quote_date", "speaker", "speaker_type", "speaker_description", "speaker_reason"));
    }

    @Override
    public Optional<Quotation> findById(String quotationId) {
        return withSpeakers(jdbc.query("SELECT " + COLUMNS + " FROM quotation q WHERE q.quotation_id = ?",
                (rs, n) -> row(rs), quotationId)).stream().findFirst();
    }

    @Override
    public Optional<Quotation> findByKey(String key) {
        // the row and its speaker counts in one statement: this runs twice for most quotes
        Row[] row = new Row[1];
        List<SpeakerCount> counts = new ArrayList<>();
        jdbc.query("SELECT " + COLUMNS + ", s.speaker, s.occurrences FROM quotation_form f JOIN quotation q "
                + "ON q.quotation_id = f.quotation_id LEFT JOIN quotation_speaker s ON s.quotation_id = q.quotation_id "
                + "WHERE f.form_hash = ?", rs -> {
                    if (row[0] == null) {
                        row[0] = row(rs);
                    }
                    if (rs.getString(8) != null) {
                        counts.add(new SpeakerCount(rs.getString(8), rs.getInt(9)));
                    }
                }, hash(key));
        if (row[0] == null) {
            return Optional.empty();
        }
        counts.sort(SPEAKER_ORDER);
        Row r = row[0];
        return Optional.of(new Quotation(r.id, r.key, r.text, r.date, r.lastDate, r.numOccurrences, counts, r.runs));
    }

    @Override
    public List<Quotation> findBySpeaker(String speaker, LocalDate from, LocalDate to) {
        return withSpeakers(jdbc.query("SELECT " + COLUMNS + " FROM quotation q WHERE q.speaker = ? "
                + "AND q.first_date <= ? AND q.last_date >= ? ORDER BY q.last_date DESC, q.quotation_id "
                + "FETCH FIRST " + SPEAKER_CANDIDATES + " ROWS ONLY", (rs, n) -> row(rs), speaker, to, from));
    }

    @Override
    public List<Quotation> findSharingRun(String speaker, long[] sortedRuns, LocalDate from, LocalDate to) {
        List<Quotation> found = new ArrayList<>(activeBySpeakers(List.of(speaker), from, to));
        found.removeIf(q -> !q.sharesRun(sortedRuns));
        return found;
    }

    @Override
    public List<Occurrence> occurrencesOf(String quotationId) {
        return jdbc.query("SELECT article_id, quote_id, quote_date, speaker, speaker_type, speaker_description, "
                        + "speaker_reason FROM occurrence WHERE quotation_id = ?",
                (rs, n) -> new Occurrence(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)), quotationId);
    }

    @Override
    public Map<String, String> quotationIdsOfArticle(String articleId) {
        Map<String, String> ids = new HashMap<>();
        jdbc.query("SELECT quote_id, quotation_id FROM occurrence WHERE article_id = ?",
                rs -> {
                    ids.put(rs.getString(1), rs.getString(2));
                }, articleId);
        return ids;
    }

    @Override
    public void save(Quotation q) {
        jdbc.update(saveSql, ps -> setRow(ps, q));
        jdbc.update("DELETE FROM quotation_speaker WHERE quotation_id = ?", q.id());
        jdbc.batchUpdate("INSERT INTO quotation_speaker (quotation_id, speaker, occurrences) VALUES (?, ?, ?)",
                q.speakers(), q.speakers().size(), (ps, s) -> {
                    ps.setString(1, q.id());
                    ps.setString(2, truncate(s.name()));
                    ps.setInt(3, s.count());
                });
    }

    @Override
    public void addForm(String key, String quotationId) {
        jdbc.update(formSql, hash(key), key, quotationId);
    }

    @Override
    public void addOccurrence(String quotationId, Occurrence o) {
        jdbc.update(occurrenceSql, o.articleId(), o.quoteId(), quotationId,
                o.date(), o.speaker() == null ? null : truncate(o.speaker()), o.speakerType(),
                o.speakerDescription() == null ? null : truncate(o.speakerDescription()), o.speakerReason());
    }

    @Override
    public void merge(String fromId, String intoId) {
        jdbc.update("UPDATE quotation_form SET quotation_id = ? WHERE quotation_id = ?", intoId, fromId);
        jdbc.update("UPDATE occurrence SET quotation_id = ? WHERE quotation_id = ?", intoId, fromId);
        jdbc.update("DELETE FROM quotation_speaker WHERE quotation_id = ?", fromId);
        jdbc.update("DELETE FROM quotation WHERE quotation_id = ?", fromId);
        jdbc.update("UPDATE quotation_redirect SET merged_into = ? WHERE merged_into = ?", intoId, fromId);
        if (jdbc.update("UPDATE quotation_redirect SET merged_into = ? WHERE quotation_id = ?", intoId, fromId) == 0) {
            jdbc.update("INSERT INTO quotation_redirect (quotation_id, merged_into) VALUES (?, ?)", fromId, intoId);
        }
    }

    // ---- a chunk at a time (QuotationBatchStore) --------------------------------------------------------------

    @Override
    public Map<String, String> formsOf(Collection<String> keys) {
        Map<String, String> keyOfHash = new HashMap<>();
        for (String key : keys) {
            keyOfHash.put(hash(key), key);
        }
        Map<String, String> found = new HashMap<>();
        for (List<String> batch : InClause.batches(keyOfHash.keySet())) {
            jdbc.query("SELECT form_hash, quotation_id FROM quotation_form WHERE form_hash IN ("
                    + InClause.placeholders(batch.size()) + ")", rs -> {
                        found.put(keyOfHash.get(rs.getString(1).trim()), rs.getString(2));
                    }, batch.toArray());
        }
        return found;
    }

    @Override
    public Map<String, Quotation> quotationsByIds(Collection<String> ids) {
        List<Row> rows = new ArrayList<>();
        for (List<String> batch : InClause.batches(ids)) {
            rows.addAll(jdbc.query("SELECT " + COLUMNS + " FROM quotation q WHERE q.quotation_id IN ("
                    + InClause.placeholders(batch.size()) + ")", (rs, n) -> row(rs), batch.toArray()));
        }
        Map<String, Quotation> found = new HashMap<>();
        for (Quotation q : withSpeakers(rows)) {
            found.put(q.id(), q);
        }
        return found;
    }

    @Override
    public List<Quotation> activeBySpeakers(Collection<String> speakers, LocalDate from, LocalDate to) {
        // one index seek per speaker, (speaker, last_date >= ?), in one statement: with "speaker IN (...) AND
        // last_date >= ?" H2 took the date range for its index condition and scanned every quotation of the window,
        // every speaker's, for each chunk
        List<Row> rows = new ArrayList<>();
        List<String> names = speakers.stream().map(JdbcQuotationStore::truncate).distinct().toList();
        for (int from0 = 0; from0 < names.size(); from0 += SPEAKERS_PER_STATEMENT) {
            List<String> batch = names.subList(from0, Math.min(names.size(), from0 + SPEAKERS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder();
            List<Object> args = new ArrayList<>();
            for (String name : batch) {
                sql.append(sql.isEmpty() ? "" : " UNION ALL ").append("SELECT ").append(COLUMNS)
                        .append(" FROM quotation q WHERE q.speaker = ? AND q.last_date >= ? AND q.first_date <= ?");
                args.add(name);
                args.add(from);
                args.add(to);
            }
            rows.addAll(jdbc.query(sql.toString(), (rs, n) -> row(rs), args.toArray()));
        }
        return withSpeakers(rows);
    }

    @Override
    public Map<String, Map<String, String>> quotationIdsOfArticles(Collection<String> articleIds) {
        Map<String, Map<String, String>> found = new HashMap<>();
        for (List<String> batch : InClause.batches(articleIds)) {
            jdbc.query("SELECT article_id, quote_id, quotation_id FROM occurrence WHERE article_id IN ("
                    + InClause.placeholders(batch.size()) + ")", rs -> {
                        found.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                    }, batch.toArray());
        }
        return found;
    }

    @Override
    public void apply(Writes writes) {
        for (String[] m : writes.merges()) {
            merge(m[0], m[1]);
        }
        List<Quotation> saved = List.copyOf(writes.saved());
        if (!saved.isEmpty()) {
            jdbc.batchUpdate(saveSql, saved, saved.size(), this::setRow);
            jdbc.batchUpdate("DELETE FROM quotation_speaker WHERE quotation_id = ?", saved, saved.size(),
                    (ps, q) -> ps.setString(1, q.id()));
            List<Object[]> counts = new ArrayList<>();
            for (Quotation q : saved) {
                for (SpeakerCount c : q.speakers()) {
                    counts.add(new Object[] {q.id(), truncate(c.name()), c.count()});
                }
            }
            jdbc.batchUpdate("INSERT INTO quotation_speaker (quotation_id, speaker, occurrences) VALUES (?, ?, ?)", counts);
        }
        List<Object[]> forms = new ArrayList<>();
        writes.forms().forEach((key, id) -> forms.add(new Object[] {hash(key), key, id}));
        jdbc.batchUpdate(formSql, forms);
        List<Object[]> occurrences = new ArrayList<>();
        writes.occurrences().forEach((id, list) -> {
            for (Occurrence o : list) {
                occurrences.add(new Object[] {o.articleId(), o.quoteId(), id, o.date(),
                        o.speaker() == null ? null : truncate(o.speaker()), o.speakerType(),
                        o.speakerDescription() == null ? null : truncate(o.speakerDescription()), o.speakerReason()});
            }
        });
        jdbc.batchUpdate(occurrenceSql, occurrences);
    }

    private void setRow(PreparedStatement ps, Quotation q) throws SQLException {
        ps.setString(1, q.id());
        ps.setString(2, q.key());
        ps.setString(3, q.text());
        ps.setObject(4, q.date());
        ps.setObject(5, q.lastDate());
        ps.setInt(6, q.numOccurrences());
        ps.setString(7, truncate(q.speaker()));
        ps.setLong(8, jobInstanceId);
        long[] runs = q.runs();
        Long[] boxed = new Long[runs.length];
        for (int i = 0; i < runs.length; i++) {
            boxed[i] = runs[i];
        }
        ps.setArray(9, ps.getConnection().createArrayOf("BIGINT", boxed));
    }

    /** A quotation row before its speaker counts are attached. */
    private record Row(String id, String key, String text, LocalDate date, LocalDate lastDate, int numOccurrences,
                       long[] runs) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), rs.getInt(6), runs(rs.getArray(7)));
    }

    /** The runs column: an array of BIGINT (null in a row that had none when the column was added). */
    private static long[] runs(Array array) throws SQLException {
        if (array == null) {
            return new long[0];
        }
        Object[] values = (Object[]) array.getArray();
        long[] runs = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            runs[i] = ((Number) values[i]).longValue();
        }
        array.free();
        return runs;
    }

    /** The rows with their speaker counts, read in one query per batch of rows rather than one per row. */
    private List<Quotation> withSpeakers(List<Row> rows) {
        Map<String, List<SpeakerCount>> speakers = new HashMap<>();
        List<String> ids = rows.stream().map(Row::id).toList();
        for (List<String> batch : InClause.batches(ids)) {
            jdbc.query("SELECT quotation_id, speaker, occurrences FROM quotation_speaker WHERE quotation_id IN ("
                    + InClause.placeholders(batch.size()) + ")", rs -> {
                        speakers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new SpeakerCount(rs.getString(2), rs.getInt(3)));
                    }, batch.toArray());
        }
        List<Quotation> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<SpeakerCount> counts = speakers.getOrDefault(r.id, new ArrayList<>());
            // sorted here, not in SQL, so the order never depends on the database's collation
            counts.sort(SPEAKER_ORDER);
            out.add(new Quotation(r.id, r.key, r.text, r.date, r.lastDate, r.numOccurrences, counts, r.runs));
        }
        return out;
    }

    private static String truncate(String s) {
        return ArticleTable.truncate(s, 512);
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
