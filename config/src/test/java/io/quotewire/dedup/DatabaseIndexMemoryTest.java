package io.quotewire.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.QuotewireApplication;
import io.quotewire.core.AnalyzedArticle;
import io.quotewire.core.Article;
import io.quotewire.core.dedup.DedupDecision;
import io.quotewire.processors.dedup.ArticleDeduplicator;
import io.quotewire.processors.dedup.Fingerprinter;
import io.quotewire.writers.jdbc.ArticleTable;
import io.quotewire.writers.jdbc.JdbcArticleIndex;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The near-duplicate history lives in the database, not in memory: deciding articles against a history five times
 * larger takes no more heap, and duplicates are still found across the whole history (through the JDBC index).
 */
@SpringBootTest(classes = QuotewireApplication.class)
@ActiveProfiles("test")
class DatabaseIndexMemoryTest {
    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        // a file database with a small page cache: what stays in the heap is bounded by the cache, not the history
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("db") + ";CACHE_SIZE=4096");
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ArticleTable articleTable;
    @Autowired
    PlatformTransactionManager transactionManager;

    private static final String[] WORDS = ("council budget harbour bridge minister said plan vote week city water "
            + "price school rail strike union talks court ruling police report market shares growth export farm "
            + "crop weather storm port ship trade deal tax bank rate loan energy oil gas power grid road").split(" ");

    private static String story(SplittableRandom random, int n) {
        StringBuilder sb = new StringBuilder("Story " + n + ".\n\n");
        for (int w = 0; w < 400; w++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]).append(w % 15 == 14 ? ".\n" : " ");
        }
        return sb.toString();
    }

    @Test
    void heapDoesNotGrowWithTheHistory() {
        Fingerprinter fingerprinter = new Fingerprinter();
        ArticleDeduplicator dedup = new ArticleDeduplicator(new JdbcArticleIndex(jdbc), fingerprinter,
                ArticleDeduplicator.Config.defaults());
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        SplittableRandom random = new SplittableRandom(5);
        LocalDate first = LocalDate.of(2020, 1, 1);
        String firstStory = null;
        int[] targets = {2_000, 6_000, 14_000};
        long[] heap = new long[targets.length];
        int done = 0;
        int duplicatesOfFirst = 0;
        for (int phase = 0; phase < targets.length; phase++) {
            int target = targets[phase];
            while (done < target) {
                List<AnalyzedArticle> chunk = new ArrayList<>();
                // a night of 1,000 articles a day: the window (± 2 days) holds 5 of the 14 days
                LocalDate day = first.plusDays(done / 1_000);
                for (int i = 0; i < 100; i++, done++) {
                    // every 500th article repeats the very first story: an exact copy, found whatever its date
                    String body = done % 500 == 0 && firstStory != null ? firstStory : story(random, done);
                    if (firstStory == null) {
                        firstStory = body;
                    }
                    Article article = new Article(String.format("a%06d", done), "a.txt", day, day.toString(), null,
                            null, body);
                    chunk.add(new AnalyzedArticle(article, List.of(), List.of(), fingerprinter.fingerprint(body)));
                }
                List<DedupDecision> decisions = tx.execute(status -> {
                    articleTable.saveAnalyzed(1, day, chunk, Instant.EPOCH);
                    return dedup.decideArticles(chunk);
                });
                for (DedupDecision d : decisions) {
                    if ("a000000".equals(d.duplicateOf())) {
                        duplicatesOfFirst++;
                    }
                }
            }
            // pages H2 has not written yet are held in memory: write them first, so only what stays is measured
            jdbc.execute("CHECKPOINT");
            heap[phase] = usedHeapAfterGc();
        }
        System.out.printf("heap after GC at 2,000 / 6,000 / 14,000 articles of history: %d / %d / %d bytes%n",
                heap[0], heap[1], heap[2]);
        assertThat(duplicatesOfFirst).as("copies of the first story found across the whole history").isEqualTo(27);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE OCTET_LENGTH(index_keys) >= 8 * 15",
                Long.class)).as("articles indexed with their keys").isEqualTo(14_000L);
        // kept in memory, the 8,000 articles between the last two measures would take more than 20 MiB (bodies of
        // about 2.5 KB for the Jaccard checks, band keys, ids); in the database they take none of the heap, and the
        // index keeps only the window's days (5,000 articles, under 4 MiB, the same at both measures). Measured
        // here: 0 to 5 MiB of noise (H2's own structures, the JIT); the bound sits between the two.
        assertThat(heap[2] - heap[1]).as("heap growth from 6,000 to 14,000 articles of history (heap after GC at "
                + "2,000 / 6,000 / 14,000: %d / %d / %d bytes)", heap[0], heap[1], heap[2]).isLessThan(12L << 20);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }
}
