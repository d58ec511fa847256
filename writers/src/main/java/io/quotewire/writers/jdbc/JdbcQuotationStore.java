package io.quotewire.writers.jdbc;

import io.quotewire.core.dedup.Occurrence;
import io.quotewire.core.dedup.Quotation;
import io.quotewire.core.dedup.QuotationStore;
import io.quotewire.core.dedup.SpeakerCount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quotations in the database: one row per quotation with its top speaker and dates, its speaker counts, its
 * forms (by hash), its 8-word run hashes and its occurrences. Every method is a key lookup or a write by key, in the
 * caller's transaction. Quotations saved are marked as updated by the given job instance.
 */
public class JdbcQuotationStore implements QuotationStore {
    private static final String COLUMNS = "q.quotation_id, q.norm_key, q.quotation, q.first_date, q.last_date, "
            + "q.num_occurrences";

    /** Most occurrences first, unknown speakers after known ones, then by name: the engine's order. */
    private static final Comparator<SpeakerCount> SPEAKER_ORDER = Comparator.comparingInt(SpeakerCount::count).reversed()
            .thenComparing(s -> SpeakerCount.NONE.equals(s.name())).thenComparing(SpeakerCount::name);

    private final JdbcTemplate jdbc;
    private final long jobInstanceId;

    public JdbcQuotationStore(JdbcTemplate jdbc, long jobInstanceId) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public Optional<Quotation> findById(String quotationId) {
        return withSpeakers(jdbc.query("SELECT " + COLUMNS + " FROM quotation q WHERE q.quotation_id = ?",
                (rs, n) -> row(rs), quotationId)).stream().findFirst();
    }

    @Override
    public Optional<Quotation> findByKey(String key) {
        return withSpeakers(jdbc.query("SELECT " + COLUMNS + " FROM quotation_form f JOIN quotation q "
                + "ON q.quotation_id = f.quotation_id WHERE f.form_hash = ?", (rs, n) -> row(rs), hash(key)))
                .stream().findFirst();
    }

    @Override
    public List<Quotation> findBySpeaker(String speaker, LocalDate from, LocalDate to) {
        return withSpeakers(jdbc.query("SELECT " + COLUMNS + " FROM quotation q WHERE q.speaker = ? "
                + "AND q.first_date <= ? AND q.last_date >= ? ORDER BY q.last_date DESC, q.quotation_id "
                + "FETCH FIRST " + SPEAKER_CANDIDATES + " ROWS ONLY", (rs, n) -> row(rs), speaker, to, from));
    }

    @Override
    public List<Quotation> findByShingles(long[] shingleHashes, LocalDate from, LocalDate to) {
        Map<String, Row> found = new LinkedHashMap<>();
        for (List<Long> batch : InClause.batches(InClause.distinct(shingleHashes))) {
            Object[] args = InClause.args(batch, to, from);
            for (Row r : jdbc.query("SELECT DISTINCT " + COLUMNS + " FROM quotation_shingle s JOIN quotation q "
                    + "ON q.quotation_id = s.quotation_id WHERE s.shingle_hash IN (" + InClause.placeholders(batch.size())
                    + ") AND q.first_date <= ? AND q.last_date >= ?", (rs, n) -> row(rs), args)) {
                found.putIfAbsent(r.id, r);
            }
        }
        return withSpeakers(new ArrayList<>(found.values()));
    }

    @Override
    public List<Occurrence> occurrencesOf(String quotationId) {
        return jdbc.query("SELECT article_id, quote_id, quote_date, speaker, speaker_type, speaker_description "
                        + "FROM occurrence WHERE quotation_id = ?",
                (rs, n) -> new Occurrence(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getString(6)), quotationId);
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
        int updated = jdbc.update("UPDATE quotation SET norm_key = ?, quotation = ?, first_date = ?, last_date = ?, "
                        + "num_occurrences = ?, speaker = ?, updated_instance = ? WHERE quotation_id = ?",
                q.key(), q.text(), q.date(), q.lastDate(), q.numOccurrences(), truncate(q.speaker()), jobInstanceId, q.id());
        if (updated == 0) {
            jdbc.update("INSERT INTO quotation (quotation_id, norm_key, quotation, first_date, last_date, num_occurrences, "
                            + "speaker, updated_instance) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    q.id(), q.key(), q.text(), q.date(), q.lastDate(), q.numOccurrences(), truncate(q.speaker()), jobInstanceId);
        }
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
        String h = hash(key);
        if (jdbc.update("UPDATE quotation_form SET quotation_id = ? WHERE form_hash = ?", quotationId, h) == 0) {
            jdbc.update("INSERT INTO quotation_form (form_hash, norm_key, quotation_id) VALUES (?, ?, ?)", h, key, quotationId);
        }
    }

    @Override
    public void addShingles(String quotationId, long[] shingleHashes) {
        LinkedHashSet<Long> distinct = InClause.distinct(shingleHashes);
        Map<Long, Boolean> present = new HashMap<>();
        jdbc.query("SELECT shingle_hash FROM quotation_shingle WHERE quotation_id = ?",
                rs -> {
                    present.put(rs.getLong(1), true);
                }, quotationId);
        List<Object[]> rows = new ArrayList<>();
        for (long h : distinct) {
            if (!present.containsKey(h)) {
                rows.add(new Object[] {h, quotationId});
            }
        }
        jdbc.batchUpdate("INSERT INTO quotation_shingle (shingle_hash, quotation_id) VALUES (?, ?)", rows);
    }

    @Override
    public void addOccurrence(String quotationId, Occurrence o) {
        Integer exists = jdbc.queryForObject("SELECT COUNT(*) FROM occurrence WHERE article_id = ? AND quote_id = ?",
                Integer.class, o.articleId(), o.quoteId());
        if (exists != null && exists > 0) {
            return;
        }
        jdbc.update("INSERT INTO occurrence (article_id, quote_id, quotation_id, quote_date, speaker, speaker_type, "
                        + "speaker_description) VALUES (?, ?, ?, ?, ?, ?, ?)", o.articleId(), o.quoteId(), quotationId,
                o.date(), o.speaker() == null ? null : truncate(o.speaker()), o.speakerType(),
                o.speakerDescription() == null ? null : truncate(o.speakerDescription()));
    }

    @Override
    public void merge(String fromId, String intoId) {
        jdbc.update("UPDATE quotation_form SET quotation_id = ? WHERE quotation_id = ?", intoId, fromId);
        // shingles the target already has would collide: drop those first
        jdbc.update("DELETE FROM quotation_shingle WHERE quotation_id = ? AND shingle_hash IN "
                + "(SELECT shingle_hash FROM quotation_shingle WHERE quotation_id = ?)", fromId, intoId);
        jdbc.update("UPDATE quotation_shingle SET quotation_id = ? WHERE quotation_id = ?", intoId, fromId);
        jdbc.update("UPDATE occurrence SET quotation_id = ? WHERE quotation_id = ?", intoId, fromId);
        jdbc.update("DELETE FROM quotation_speaker WHERE quotation_id = ?", fromId);
        jdbc.update("DELETE FROM quotation WHERE quotation_id = ?", fromId);
        jdbc.update("UPDATE quotation_redirect SET merged_into = ? WHERE merged_into = ?", intoId, fromId);
        if (jdbc.update("UPDATE quotation_redirect SET merged_into = ? WHERE quotation_id = ?", intoId, fromId) == 0) {
            jdbc.update("INSERT INTO quotation_redirect (quotation_id, merged_into) VALUES (?, ?)", fromId, intoId);
        }
    }

    /** A quotation row before its speaker counts are attached. */
    private record Row(String id, String key, String text, LocalDate date, LocalDate lastDate, int numOccurrences) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), rs.getInt(6));
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
            out.add(new Quotation(r.id, r.key, r.text, r.date, r.lastDate, r.numOccurrences, counts));
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
