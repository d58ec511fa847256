package io.quotewire.writers.jdbc;

import io.quotewire.core.dedup.SpeakerCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Takes the occurrences of re-read articles whose text changed out of their quotations, so that the quotations'
 * stored counts, dates and speakers stay what their remaining occurrences say; a quotation left without any
 * occurrence is removed with its forms and shingles. (The longest form it kept is not shortened again.)
 */
class OccurrenceCleanup {
    private static final Comparator<SpeakerCount> SPEAKER_ORDER = Comparator.comparingInt(SpeakerCount::count).reversed()
            .thenComparing(s -> SpeakerCount.NONE.equals(s.name())).thenComparing(SpeakerCount::name);

    private final JdbcTemplate jdbc;

    OccurrenceCleanup(JdbcTemplate jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
    }

    void forget(Collection<String> articleIds, long jobInstanceId) {
        Set<String> quotations = new LinkedHashSet<>();
        for (List<String> batch : InClause.batches(articleIds)) {
            String in = InClause.placeholders(batch.size());
            quotations.addAll(jdbc.queryForList("SELECT DISTINCT quotation_id FROM occurrence WHERE article_id IN (" + in
                    + ")", String.class, batch.toArray()));
            jdbc.update("DELETE FROM occurrence WHERE article_id IN (" + in + ")", batch.toArray());
        }
        for (String id : quotations) {
            recount(id, jobInstanceId);
        }
    }

    private void recount(String quotationId, long jobInstanceId) {
        // grouped by the column and folded here: PostgreSQL does not take GROUP BY COALESCE(speaker, ?) as the
        // select list's COALESCE(speaker, ?), two parameters being two expressions to it
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query("SELECT speaker, COUNT(*) FROM occurrence WHERE quotation_id = ? GROUP BY speaker",
                (RowCallbackHandler) rs -> counts.merge(
                        rs.getString(1) == null ? SpeakerCount.NONE : rs.getString(1), rs.getInt(2), Integer::sum),
                quotationId);
        List<SpeakerCount> speakers = new ArrayList<>();
        counts.forEach((speaker, count) -> speakers.add(new SpeakerCount(speaker, count)));
        jdbc.update("DELETE FROM quotation_speaker WHERE quotation_id = ?", quotationId);
        if (speakers.isEmpty()) {
            jdbc.update("DELETE FROM quotation_form WHERE quotation_id = ?", quotationId);
            jdbc.update("DELETE FROM quotation_redirect WHERE merged_into = ?", quotationId);
            jdbc.update("DELETE FROM quotation WHERE quotation_id = ?", quotationId);
            return;
        }
        speakers.sort(SPEAKER_ORDER);
        int total = speakers.stream().mapToInt(SpeakerCount::count).sum();
        LocalDate first = jdbc.queryForObject("SELECT MIN(quote_date) FROM occurrence WHERE quotation_id = ?",
                LocalDate.class, quotationId);
        LocalDate last = jdbc.queryForObject("SELECT MAX(quote_date) FROM occurrence WHERE quotation_id = ?",
                LocalDate.class, quotationId);
        jdbc.update("UPDATE quotation SET num_occurrences = ?, first_date = ?, last_date = ?, speaker = ?, "
                + "updated_instance = ? WHERE quotation_id = ?", total, first, last,
                ArticleTable.truncate(speakers.get(0).name(), 512), jobInstanceId, quotationId);
        jdbc.batchUpdate("INSERT INTO quotation_speaker (quotation_id, speaker, occurrences) VALUES (?, ?, ?)", speakers,
                speakers.size(), (ps, s) -> {
                    ps.setString(1, quotationId);
                    ps.setString(2, ArticleTable.truncate(s.name(), 512));
                    ps.setInt(3, s.count());
                });
    }
}
