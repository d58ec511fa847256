package io.quotewire.query;

import io.quotewire.core.Quote;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Quotations read back as the quotations file has them (Quotebank's fields): the occurrences in the aggregator's
 * order (date, article, quote), the speakers' shares from them, the earliest date.
 */
final class Quotations {
    static final String NONE = "None";
    private static final int BATCH = 500;

    private Quotations() {
    }

    /** A quotation row. */
    record Row(String id, String quotation, LocalDate firstDate, LocalDate lastDate, int numOccurrences) {
        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class), rs.getInt(5));
        }
    }

    static final String ROW_COLUMNS = "q.quotation_id, q.quotation, q.first_date, q.last_date, q.num_occurrences";

    /** One occurrence; {@code speaker} null when unknown. */
    record Occurrence(String articleId, String quoteId, LocalDate date, String speaker, String speakerType,
                      String speakerDescription, String speakerReason) {
        String speakerName() {
            return speaker == null ? NONE : speaker;
        }

        /** What a table shows for it: the name, else the description (a description is no name), else None. */
        String shown() {
            return speaker != null ? speaker : speakerDescription != null ? speakerDescription : NONE;
        }
    }

    /** A speaker's share of a quotation's occurrences. */
    record Share(String speaker, int count, double share) {
    }

    /** A quotation with its occurrences, as one line of the quotations file. */
    record Summary(Row row, List<Occurrence> occurrences, List<Share> shares) {
        String speaker() {
            return shares.isEmpty() ? NONE : shares.get(0).speaker();
        }

        LocalDate date() {
            return occurrences.isEmpty() ? row.firstDate() : occurrences.get(0).date();
        }

        List<String> articleIds() {
            Set<String> ids = new LinkedHashSet<>();
            occurrences.forEach(o -> ids.add(o.articleId()));
            return List.copyOf(ids);
        }

        /** The quotations file's fields, in its order. */
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("quoteID", row.id());
            m.put("quotation", Output.oneLine(row.quotation()));
            m.put("speaker", speaker());
            m.put("probas", shares.stream().map(s -> List.<Object>of(s.speaker(), s.share())).toList());
            m.put("qids", List.of());
            m.put("date", date().toString());
            m.put("numOccurrences", occurrences.size());
            m.put("articleIds", articleIds());
            List<Map<String, Object>> occ = new ArrayList<>();
            for (Occurrence o : occurrences) {
                // as the quotations file: an occurrence of nobody known has speaker null (the shares name it None)
                occ.add(Output.object("articleId", o.articleId(), "quoteId", o.quoteId(), "date", o.date().toString(),
                        "speaker", o.speaker(), "speakerType", o.speakerType(),
                        "speakerDescription", o.speakerDescription(), "speakerReason", o.speakerReason()));
            }
            m.put("occurrences", occ);
            return m;
        }
    }

    /** The summaries of the rows, in their order; occurrences read in batches over the occurrence_quotation index. */
    static List<Summary> summaries(Connection c, List<Row> rows) throws SQLException {
        Map<String, List<Occurrence>> byId = new HashMap<>();
        List<String> ids = rows.stream().map(Row::id).toList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            try (PreparedStatement ps = c.prepareStatement("SELECT quotation_id, article_id, quote_id, quote_date, speaker, "
                    + "speaker_type, speaker_description, speaker_reason FROM occurrence WHERE quotation_id IN (" + String.join(",", Collections.nCopies(batch.size(), "?"))
                    + ")")) {
                for (int i = 0; i < batch.size(); i++) {
                    ps.setString(i + 1, batch.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byId.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Occurrence(rs.getString(2),
                                rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
                                rs.getString(7), rs.getString(8)));
                    }
                }
            }
        }
        List<Summary> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(summary(r, byId.getOrDefault(r.id(), new ArrayList<>())));
        }
        return out;
    }

    /** As QuotationAggregator.summarize: shares rounded to 4 decimals, most first, unknown after known, by name. */
    static Summary summary(Row row, List<Occurrence> occurrences) {
        List<Occurrence> sorted = new ArrayList<>(occurrences);
        sorted.sort(Comparator.comparing(Occurrence::date).thenComparing(Occurrence::articleId)
                .thenComparingInt(o -> Quote.ordinalOf(o.quoteId())).thenComparing(Occurrence::quoteId));
        Map<String, Integer> counts = new HashMap<>();
        sorted.forEach(o -> counts.merge(o.speakerName(), 1, Integer::sum));
        List<Share> shares = new ArrayList<>();
        counts.forEach((name, n) -> shares.add(new Share(name, n, Math.round(10000.0 * n / sorted.size()) / 10000.0)));
        shares.sort(Comparator.comparingInt(Share::count).reversed()
                .thenComparing(s -> NONE.equals(s.speaker())).thenComparing(Share::speaker));
        return new Summary(row, List.copyOf(sorted), List.copyOf(shares));
    }
}
