package io.quotewire.writers.jdbc;

import io.quotewire.core.dedup.NameSighting;
import io.quotewire.core.dedup.SpeakerNameStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The full speaker names in the database: the night's, as the per-article step recorded them in its articles' rows
 * ({@code article.speaker_names}, see {@link ArticleTable#speakerNamesColumn}), and the history's
 * ({@code speaker_name}, by key and date). In the caller's transaction.
 */
public class JdbcSpeakerNames implements SpeakerNameStore {
    private final JdbcTemplate jdbc;
    private final long jobInstanceId;
    private final String recordSql;

    public JdbcSpeakerNames(JdbcTemplate jdbc, long jobInstanceId) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.jobInstanceId = jobInstanceId;
        this.recordSql = SqlDialect.of(jdbc).upsert().insertIgnoring("speaker_name",
                List.of("short_key", "seen_date", "full_name"), List.of());
    }

    @Override
    public List<NameSighting> night() {
        List<NameSighting> out = new ArrayList<>();
        jdbc.query("SELECT published, speaker_names FROM article WHERE job_instance_id = ? AND speaker_names IS NOT NULL",
                rs -> {
                    out.addAll(ArticleTable.speakerNamesOf(rs.getString(2), rs.getObject(1, LocalDate.class)));
                }, jobInstanceId);
        return out;
    }

    @Override
    public List<NameSighting> sightings(Collection<String> keys, LocalDate from, LocalDate to) {
        List<NameSighting> out = new ArrayList<>();
        for (List<String> batch : InClause.batches(keys)) {
            jdbc.query("SELECT short_key, full_name, seen_date FROM speaker_name WHERE short_key IN ("
                    + InClause.placeholders(batch.size()) + ") AND seen_date >= ? AND seen_date <= ?", rs -> {
                        out.add(new NameSighting(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)));
                    }, InClause.args(batch, from, to));
        }
        return out;
    }

    @Override
    public void record(Collection<NameSighting> sightings) {
        List<Object[]> rows = new ArrayList<>(sightings.size());
        for (NameSighting s : sightings) {
            if (s.key().length() <= 128 && s.fullName().length() <= 512) {
                rows.add(new Object[] {s.key(), s.date(), s.fullName()});
            }
        }
        jdbc.batchUpdate(recordSql, rows);
    }
}
