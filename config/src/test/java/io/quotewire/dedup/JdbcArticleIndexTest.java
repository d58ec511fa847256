package io.quotewire.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.QuotewireApplication;
import io.quotewire.core.AnalyzedArticle;
import io.quotewire.core.Article;
import io.quotewire.core.dedup.BandHit;
import io.quotewire.core.dedup.IndexEntry;
import io.quotewire.processors.dedup.Fingerprinter;
import io.quotewire.writers.jdbc.ArticleTable;
import io.quotewire.writers.jdbc.JdbcArticleIndex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JDBC index keeps the window's days in memory: what it answers must always be what the database holds, through
 * commits, rollbacks, superseded versions and a window that moves on.
 */
@SpringBootTest(classes = QuotewireApplication.class)
@ActiveProfiles("test")
class JdbcArticleIndexTest {
    private static final LocalDate DAY = LocalDate.of(2021, 3, 10);
    private static final long KEY = 42L;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ArticleTable articleTable;
    @Autowired
    PlatformTransactionManager transactionManager;

    private final Fingerprinter fingerprinter = new Fingerprinter();

    @BeforeEach
    void empty() {
        jdbc.update("DELETE FROM article_band");
        jdbc.update("DELETE FROM article_text");
        jdbc.update("DELETE FROM article");
    }

    private void analyzed(String id, LocalDate published) {
        String body = "Body of " + id + ".";
        Article article = new Article(id, id + ".txt", published, published.toString(), null, null, body);
        articleTable.saveAnalyzed(1, published, List.of(new AnalyzedArticle(article, List.of(), List.of(),
                fingerprinter.fingerprint(body))), Instant.EPOCH);
    }

    private static IndexEntry entry(String id, LocalDate published, long... keys) {
        return new IndexEntry(id, published, "0".repeat(64), keys, null, "Body of " + id + ".");
    }

    private static List<String> ids(List<BandHit> hits) {
        return hits.stream().map(h -> h.article().articleId()).sorted().toList();
    }

    @Test
    void aCommittedChunkIsFoundAndARolledBackOneIsNot() {
        analyzed("a", DAY);
        analyzed("b", DAY);
        JdbcArticleIndex index = new JdbcArticleIndex(jdbc);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        assertThat(index.findByBandKeys(new long[] {KEY}, DAY.minusDays(2), DAY.plusDays(2))).isEmpty();

        tx.executeWithoutResult(s -> index.addAll(List.of(entry("a", DAY, KEY, 7L))));
        assertThat(ids(index.findByBandKeys(new long[] {KEY}, DAY.minusDays(2), DAY.plusDays(2)))).containsExactly("a");

        tx.executeWithoutResult(s -> {
            index.addAll(List.of(entry("b", DAY, KEY)));
            s.setRollbackOnly();
        });
        assertThat(ids(index.findByBandKeys(new long[] {KEY}, DAY.minusDays(2), DAY.plusDays(2))))
                .as("b's chunk was rolled back").containsExactly("a");
        assertThat(jdbc.queryForObject("SELECT dedup_done FROM article WHERE article_id = 'b'", Boolean.class)).isFalse();

        // a new index (a restart) reads the same from the database
        assertThat(ids(new JdbcArticleIndex(jdbc).findByBandKeys(new long[] {KEY, 7L}, DAY, DAY))).containsExactly("a", "a");
    }

    @Test
    void deferredEntriesAreWrittenWithTheDecisionInOneUpdateAndFoundOnlyOnceCommitted() {
        analyzed("a", DAY);
        analyzed("b", DAY);
        analyzed("c", DAY);
        JdbcArticleIndex index = new JdbcArticleIndex(jdbc, true);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        assertThat(index.findByBandKeys(new long[] {KEY}, DAY, DAY)).isEmpty(); // the day is held from now on
        tx.executeWithoutResult(s -> {
            index.addAll(List.of(entry("a", DAY, KEY), entry("b", DAY, KEY)));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE dedup_done", Integer.class))
                    .as("left to the caller").isZero();
            List<IndexEntry> pending = index.takePending();
            assertThat(pending).extracting(IndexEntry::articleId).containsExactly("a", "b");
            assertThat(index.takePending()).isEmpty();
            List<ArticleTable.Decision> decisions = List.of(new ArticleTable.Decision("a", null, List.of()),
                    new ArticleTable.Decision("b", "a", List.of()), new ArticleTable.Decision("c", "a", List.of()));
            index.indexed(articleTable.recordDecisions(decisions, pending));
            assertThat(index.findByBandKeys(new long[] {KEY}, DAY, DAY)).as("the held day: not before the commit").isEmpty();
        });
        assertThat(ids(index.findByBandKeys(new long[] {KEY}, DAY, DAY))).containsExactly("a", "b");
        assertThat(jdbc.queryForList("SELECT article_id || ':' || dedup_done || ':' || COALESCE(duplicate_of, '-') "
                + "FROM article ORDER BY article_id", String.class))
                .as("c had no entry: its decision is recorded, it is not indexed")
                .containsExactly("a:TRUE:-", "b:TRUE:a", "c:FALSE:a");
        assertThat(ids(new JdbcArticleIndex(jdbc).findByBandKeys(new long[] {KEY}, DAY, DAY))).as("read again")
                .containsExactly("a", "b");

        // an entry whose row was decided before is not indexed again, but its decision is recorded as before
        tx.executeWithoutResult(s -> {
            index.addAll(List.of(entry("a", DAY, 7L)));
            List<IndexEntry> written = articleTable.recordDecisions(
                    List.of(new ArticleTable.Decision("a", "b", List.of())), index.takePending());
            assertThat(written).isEmpty();
            index.indexed(written);
        });
        assertThat(jdbc.queryForObject("SELECT duplicate_of FROM article WHERE article_id = 'a'", String.class)).isEqualTo("b");
        assertThat(index.findByBandKeys(new long[] {7L}, DAY, DAY)).isEmpty();

        // a rolled-back chunk leaves nothing pending for the next one
        tx.executeWithoutResult(s -> {
            index.addAll(List.of(entry("c", DAY, KEY)));
            s.setRollbackOnly();
        });
        assertThat(index.takePending()).isEmpty();
        assertThat(ids(index.findByBandKeys(new long[] {KEY}, DAY, DAY))).containsExactly("a", "b");
    }

    @Test
    void aSupersededArticleIsNoCandidateAndARollbackBringsItBack() {
        analyzed("a", DAY);
        JdbcArticleIndex index = new JdbcArticleIndex(jdbc);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.executeWithoutResult(s -> index.addAll(List.of(entry("a", DAY, KEY))));
        assertThat(ids(index.findByBandKeys(new long[] {KEY}, DAY, DAY))).containsExactly("a");

        tx.executeWithoutResult(s -> {
            index.forget(List.of("a"));
            assertThat(index.findByBandKeys(new long[] {KEY}, DAY, DAY)).as("within the transaction").isEmpty();
            s.setRollbackOnly();
        });
        assertThat(ids(index.findByBandKeys(new long[] {KEY}, DAY, DAY))).as("after the rollback").containsExactly("a");

        tx.executeWithoutResult(s -> {
            jdbc.update("UPDATE article SET superseded_by = 'a//v2' WHERE article_id = 'a'");
            index.forget(List.of("a"));
        });
        assertThat(index.findByBandKeys(new long[] {KEY}, DAY, DAY)).isEmpty();
        assertThat(new JdbcArticleIndex(jdbc).findByBandKeys(new long[] {KEY}, DAY, DAY)).as("read again").isEmpty();
    }

    @Test
    void theWindowReadsEachDayOnceAndOnlyTheDaysAskedFor() {
        for (int d = 0; d < 10; d++) {
            analyzed("d" + d, DAY.plusDays(d));
        }
        JdbcArticleIndex index = new JdbcArticleIndex(jdbc);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        for (int d = 0; d < 10; d++) {
            LocalDate day = DAY.plusDays(d);
            String id = "d" + d;
            // the run's order: each chunk asks for its window, then adds its article
            List<BandHit> hits = index.findByBandKeys(new long[] {KEY}, day.minusDays(2), day.plusDays(2));
            assertThat(ids(hits)).as("day %d", d).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(Math.max(0, d - 2), d - 1).mapToObj(i -> "d" + i).toList());
            tx.executeWithoutResult(s -> index.addAll(List.of(entry(id, day, KEY))));
        }
        // days 0 to 11 were each read once (the last window reaches day 11), though windows overlap
        assertThat(index.daysRead()).isEqualTo(14);
        // legacy rows: keys in article_band, index_keys null
        jdbc.update("UPDATE article SET index_keys = NULL WHERE article_id = 'd3'");
        jdbc.update("INSERT INTO article_band (band_key, published, article_id) VALUES (99, ?, 'd3')", DAY.plusDays(3));
        assertThat(ids(new JdbcArticleIndex(jdbc).findByBandKeys(new long[] {99L, KEY}, DAY.plusDays(3), DAY.plusDays(3))))
                .containsExactly("d3");
    }
}
