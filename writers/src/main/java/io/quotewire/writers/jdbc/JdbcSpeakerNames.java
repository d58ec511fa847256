package io.quotewire.writers.jdbc;

import io.quotewire.core.dedup.NameSighting;
import io.quotewire.core.dedup.SpeakerNameStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The full speaker names in the database: the night's, as the per-article step recorded them in its articles' rows
 * ({@code article.speaker_names}, see {@link ArticleTable#speakerNamesColumn}), and the history's
 * ({@code speaker_name}, by key and date). In the caller's transaction.
 *
 * <p>The history is read a day at a time ({@code WHERE seen_date = ?}, an index range), each day once while the
 * window holds it, like {@link JdbcArticleIndex}'s days: the cross-article step asks for the keys of every chunk
 * within 30 days either way, and a look-up of a chunk's keys ({@code short_key IN (...)}) read each key's sightings
 * of those 61 days again for every chunk, which at a million articles a night was 15 % of the step. Memory is bounded
 * by the sightings dated within one chunk's window. The cache never holds what the database does not: a chunk's
 * sightings join their days when its transaction commits, and a rollback drops the cache.
 */
public class JdbcSpeakerNames implements SpeakerNameStore {
    private final JdbcTemplate jdbc;
    private final long jobInstanceId;
    private final String recordSql;
    private final WindowDays<Map<String, Set<NameSighting>>> days = new WindowDays<>(this::read);

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
        Set<String> distinct = new LinkedHashSet<>(keys);
        List<NameSighting> out = new ArrayList<>();
        for (Map<String, Set<NameSighting>> day : days.window(from, to)) {
            for (String key : distinct) {
                out.addAll(day.getOrDefault(key, Set.of()));
            }
        }
        return out;
    }

    /** How many days were read from the database so far (each once while the window holds it). */
    public long daysRead() {
        return days.read();
    }

    private Map<String, Set<NameSighting>> read(LocalDate day) {
        Map<String, Set<NameSighting>> byKey = new HashMap<>();
        jdbc.query("SELECT short_key, full_name FROM speaker_name WHERE seen_date = ?", rs -> {
            add(byKey, new NameSighting(rs.getString(1), rs.getString(2), day));
        }, day);
        return byKey;
    }

    private static void add(Map<String, Set<NameSighting>> day, NameSighting s) {
        day.computeIfAbsent(s.key(), k -> new LinkedHashSet<>()).add(s);
    }

    @Override
    public void record(Collection<NameSighting> sightings) {
        // longer ones do not fit the columns; no name that long is a person's
        List<NameSighting> recorded = sightings.stream()
                .filter(s -> s.key().length() <= 128 && s.fullName().length() <= 512).toList();
        List<Object[]> rows = new ArrayList<>(recorded.size());
        for (NameSighting s : recorded) {
            rows.add(new Object[] {s.key(), s.date(), s.fullName()});
        }
        jdbc.batchUpdate(recordSql, rows);
        AfterCompletion.run(() -> {
            for (NameSighting s : recorded) {
                Map<String, Set<NameSighting>> day = days.held(s.date());
                if (day != null) { // a day not read yet will read them from the database
                    add(day, s);
                }
            }
        }, days::clear);
    }
}
