package io.quotewire.writers.jdbc;

import io.quotewire.writers.json.OccurrenceJson;
import io.quotewire.writers.json.QuotationJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The quotation and occurrence tables: one row per statement and one per place it was quoted. */
public class QuotationTables {
    private final JdbcTemplate jdbc;

    public QuotationTables(JdbcTemplate jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
    }

    /** A stored quotation's longest form and earliest date. */
    public record StoredQuotation(String quotationId, String quotation, int normLength, LocalDate firstDate) {
    }

    public Optional<StoredQuotation> find(String quotationId) {
        return jdbc.query("SELECT quotation_id, quotation, norm_length, first_date FROM quotation WHERE quotation_id = ?",
                (rs, n) -> new StoredQuotation(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getObject(4, LocalDate.class)), quotationId).stream().findFirst();
    }

    /** Creates the quotation, or widens it: the longest form and the earliest date win. */
    public void upsert(String quotationId, String text, int normLength, LocalDate date, long jobInstanceId) {
        Optional<StoredQuotation> existing = find(quotationId);
        if (existing.isEmpty()) {
            jdbc.update("""
                    INSERT INTO quotation (quotation_id, quotation, norm_length, first_date, merged_into, updated_instance)
                    VALUES (?, ?, ?, ?, NULL, ?)""", quotationId, text, normLength, date, jobInstanceId);
            return;
        }
        StoredQuotation q = existing.get();
        boolean longer = normLength > q.normLength() || (normLength == q.normLength() && text.length() > q.quotation().length());
        jdbc.update("UPDATE quotation SET quotation = ?, norm_length = ?, first_date = ?, updated_instance = ? "
                        + "WHERE quotation_id = ?",
                longer ? text : q.quotation(), Math.max(normLength, q.normLength()),
                date.isBefore(q.firstDate()) ? date : q.firstDate(), jobInstanceId, quotationId);
    }

    /** Records one occurrence; the same article and quote id replaces the earlier record. */
    public void putOccurrence(String articleId, String quoteId, String quotationId, LocalDate date, String speaker) {
        jdbc.update("DELETE FROM occurrence WHERE article_id = ? AND quote_id = ?", articleId, quoteId);
        jdbc.update("INSERT INTO occurrence (article_id, quote_id, quotation_id, quote_date, speaker) VALUES (?, ?, ?, ?, ?)",
                articleId, quoteId, quotationId, date, ArticleTable.truncate(speaker, 512));
    }

    /** The quotation as written to quotations-<runDate>.jsonl, with all its occurrences (from every night). */
    public QuotationJson toJson(StoredQuotation q) {
        List<OccurrenceJson> occurrences = jdbc.query("""
                SELECT article_id, quote_id, quote_date, speaker FROM occurrence WHERE quotation_id = ?
                ORDER BY quote_date, article_id, quote_id""",
                (rs, n) -> new OccurrenceJson(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class).toString(), rs.getString(4)), q.quotationId());
        Map<String, Integer> perSpeaker = new LinkedHashMap<>();
        LinkedHashSet<String> articleIds = new LinkedHashSet<>();
        for (OccurrenceJson o : occurrences) {
            articleIds.add(o.articleId());
            if (o.speaker() != null) {
                perSpeaker.merge(o.speaker(), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(perSpeaker.entrySet());
        // most occurrences first; ties by name, so the choice never depends on row order
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<List<Object>> probas = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ranked) {
            double p = Math.round(10000.0 * e.getValue() / occurrences.size()) / 10000.0;
            probas.add(List.of(e.getKey(), p));
        }
        String speaker = ranked.isEmpty() ? null : ranked.get(0).getKey();
        return new QuotationJson(q.quotationId(), q.quotation(), speaker, probas, List.of(), q.firstDate().toString(),
                occurrences.size(), List.copyOf(articleIds), occurrences);
    }
}
