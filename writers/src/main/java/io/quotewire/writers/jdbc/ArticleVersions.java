package io.quotewire.writers.jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a later version of an article id does to the earlier ones, decided in the cross-article step before the
 * chunk's duplicates: a version with the same text is left to deduplication (it is an exact copy of the earlier one
 * and adds nothing); a version with another text (a correction, an update) supersedes every earlier version still
 * standing. Their occurrences leave their quotations, their band keys leave the near-duplicate index (so the new text
 * is not taken for a copy of the old), and their rows and texts stay, with {@code superseded_by} naming the new key.
 * Writes join the caller's transaction.
 */
public class ArticleVersions {
    private final JdbcTemplate jdbc;

    public ArticleVersions(JdbcTemplate jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
    }

    /** A version of the chunk: its key and content hash. */
    public record Version(String key, String contentHash) {
    }

    /**
     * Supersedes the earlier versions of the given articles where the text changed; articles that are first versions
     * are skipped without a query. Returns the keys superseded.
     */
    public List<String> supersedeEarlier(List<Version> chunk, long jobInstanceId) {
        Map<String, Version> laterByBase = new HashMap<>();
        for (Version v : chunk) {
            String base = ArticleTable.baseIdOf(v.key());
            if (!base.equals(v.key())) {
                laterByBase.put(base, v);
            }
        }
        if (laterByBase.isEmpty()) {
            return List.of();
        }
        List<String> superseded = new ArrayList<>();
        List<String> newKeys = new ArrayList<>();
        for (List<String> batch : InClause.batches(List.copyOf(laterByBase.keySet()))) {
            jdbc.query("SELECT base_id, article_id, content_hash FROM article WHERE base_id IN ("
                    + InClause.placeholders(batch.size()) + ") AND dedup_done = TRUE AND superseded_by IS NULL", rs -> {
                        Version later = laterByBase.get(rs.getString(1));
                        String key = rs.getString(2);
                        if (!key.equals(later.key()) && !rs.getString(3).trim().equals(later.contentHash())) {
                            superseded.add(key);
                            newKeys.add(later.key());
                        }
                    }, batch.toArray());
        }
        if (superseded.isEmpty()) {
            return List.of();
        }
        new OccurrenceCleanup(jdbc).forget(superseded, jobInstanceId);
        jdbc.batchUpdate("DELETE FROM article_band WHERE article_id = ?", superseded, superseded.size(),
                (ps, key) -> ps.setString(1, key));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < superseded.size(); i++) {
            rows.add(new Object[] {newKeys.get(i), superseded.get(i)});
        }
        jdbc.batchUpdate("UPDATE article SET superseded_by = ? WHERE article_id = ?", rows);
        return superseded;
    }
}
