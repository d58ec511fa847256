package io.quotewire.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.QuotewireApplication;
import io.quotewire.core.AnalyzedArticle;
import io.quotewire.core.Article;
import io.quotewire.core.Cue;
import io.quotewire.core.Quote;
import io.quotewire.core.QuoteKind;
import io.quotewire.core.Speaker;
import io.quotewire.core.SpeakerType;
import io.quotewire.core.dedup.NameSighting;
import io.quotewire.core.dedup.Occurrence;
import io.quotewire.core.dedup.Quotation;
import io.quotewire.core.dedup.QuotationBatchStore;
import io.quotewire.core.dedup.SpeakerCount;
import io.quotewire.processors.dedup.Fingerprinter;
import io.quotewire.writers.jdbc.ArticleTable;
import io.quotewire.writers.jdbc.JdbcQuotationStore;
import io.quotewire.writers.jdbc.JdbcSpeakerNames;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The speaker names in the database: the per-article step records each article's full speaker names with it, the
 * night reads its own articles' back, and the history is looked up by key and date and written in the caller's
 * transaction.
 */
@SpringBootTest(classes = QuotewireApplication.class)
@ActiveProfiles("test")
class JdbcSpeakerNamesTest {
    private static final LocalDate DAY = LocalDate.of(1987, 3, 2);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ArticleTable articleTable;
    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void empty() {
        jdbc.update("DELETE FROM speaker_name");
        jdbc.update("DELETE FROM occurrence");
        jdbc.update("DELETE FROM quotation_speaker");
        jdbc.update("DELETE FROM quotation");
        jdbc.update("DELETE FROM article_text");
        jdbc.update("DELETE FROM article");
    }

    private void analyzed(long instance, String id, LocalDate published, String... speakers) {
        String body = "Body of " + id + ".";
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < speakers.length; i++) {
            quotes.add(new Quote(Quote.idFor(id, i + 1), 0, 4, "Body", QuoteKind.FULL,
                    new Speaker(speakers[i], SpeakerType.PERSON, null), null, published, null));
        }
        Article article = new Article(id, id + ".txt", published, published.toString(), null, null, body);
        articleTable.saveAnalyzed(instance, published, List.of(new AnalyzedArticle(article, List.of(), quotes,
                new Fingerprinter().fingerprint(body))), Instant.EPOCH);
    }

    @Test
    void theNightIsItsOwnArticlesFullSpeakerNames() {
        analyzed(1, "a", DAY, "Ronald Reagan", "Reagan", "official", "President Ronald Reagan");
        analyzed(1, "b", DAY.plusDays(3), "James A. Baker III");
        analyzed(1, "c", DAY, "spokesman");
        analyzed(2, "d", DAY, "Jeb Bush");
        assertThat(jdbc.queryForObject("SELECT speaker_names FROM article WHERE article_id = 'a'", String.class))
                .isEqualTo("reagan\tRonald Reagan");
        assertThat(jdbc.queryForObject("SELECT speaker_names FROM article WHERE article_id = 'c'", String.class)).isNull();
        assertThat(new JdbcSpeakerNames(jdbc, 1).night()).containsExactlyInAnyOrder(
                new NameSighting("reagan", "Ronald Reagan", DAY),
                new NameSighting("baker", "James A. Baker III", DAY.plusDays(3)));
        assertThat(new JdbcSpeakerNames(jdbc, 2).night()).containsExactly(new NameSighting("bush", "Jeb Bush", DAY));
    }

    @Test
    void theHistoryIsLookedUpByKeyAndDateAndWrittenInTheCallersTransaction() {
        JdbcSpeakerNames names = new JdbcSpeakerNames(jdbc, 1);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        NameSighting george = new NameSighting("bush", "George Bush", DAY);
        NameSighting jeb = new NameSighting("bush", "Jeb Bush", DAY.plusDays(40));
        NameSighting ronald = new NameSighting("reagan", "Ronald Reagan", DAY);
        tx.executeWithoutResult(s -> names.record(List.of(george, jeb, ronald)));
        tx.executeWithoutResult(s -> names.record(List.of(george))); // again: left as it is
        tx.executeWithoutResult(s -> {
            names.record(List.of(new NameSighting("bush", "Barbara Bush", DAY)));
            s.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM speaker_name", Integer.class)).isEqualTo(3);
        assertThat(names.sightings(List.of("bush"), DAY.minusDays(30), DAY.plusDays(30))).containsExactly(george);
        assertThat(names.sightings(List.of("bush", "reagan"), DAY, DAY.plusDays(40)))
                .containsExactlyInAnyOrder(george, jeb, ronald);
        assertThat(names.sightings(List.of("baker"), DAY.minusDays(30), DAY.plusDays(30))).isEmpty();
    }

    @Test
    void theHistoryIsReadADayAtATimeOnceWhileTheWindowHoldsItAndKeptAsTheDatabaseHasIt() {
        JdbcSpeakerNames names = new JdbcSpeakerNames(jdbc, 1);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        NameSighting george = new NameSighting("bush", "George Bush", DAY);
        NameSighting ronald = new NameSighting("reagan", "Ronald Reagan", DAY);
        tx.executeWithoutResult(s -> names.record(List.of(george, ronald)));
        assertThat(names.sightings(List.of("bush"), DAY.minusDays(2), DAY.plusDays(2))).containsExactly(george);
        assertThat(names.daysRead()).isEqualTo(5);
        // the window moves on: only its new day is read
        assertThat(names.sightings(List.of("bush", "reagan"), DAY.minusDays(1), DAY.plusDays(3)))
                .containsExactlyInAnyOrder(george, ronald);
        assertThat(names.daysRead()).isEqualTo(6);
        // a later chunk's sighting on a day already read is found once its transaction commits
        NameSighting jeb = new NameSighting("bush", "Jeb Bush", DAY.plusDays(1));
        tx.executeWithoutResult(s -> names.record(List.of(jeb, george)));
        assertThat(names.sightings(List.of("bush"), DAY.minusDays(1), DAY.plusDays(3)))
                .containsExactlyInAnyOrder(george, jeb);
        assertThat(names.daysRead()).isEqualTo(6);
        // one rolled back is never found: the cache is dropped and read again
        tx.executeWithoutResult(s -> {
            names.record(List.of(new NameSighting("bush", "Barbara Bush", DAY)));
            s.setRollbackOnly();
        });
        assertThat(names.sightings(List.of("bush"), DAY.minusDays(1), DAY.plusDays(3)))
                .containsExactlyInAnyOrder(george, jeb);
        assertThat(names.daysRead()).isEqualTo(11);
        // a day the window left is read again when asked for again
        assertThat(names.sightings(List.of("bush"), DAY.minusDays(5), DAY.minusDays(2))).isEmpty();
        assertThat(names.daysRead()).isEqualTo(15);
    }

    @Test
    void anOccurrenceKeepsItsSpeakersReason() {
        JdbcQuotationStore store = new JdbcQuotationStore(jdbc, 1);
        Occurrence described = new Occurrence("a", "a#q1", DAY, null, "person", "official", null);
        Occurrence unknown = new Occurrence("a", "a#q2", DAY, null, "unknown", null, "NO_CUE");
        Quotation q = new Quotation("Q1", "key", "Key.", DAY, DAY, 2, List.of(new SpeakerCount(SpeakerCount.NONE, 2)),
                new long[0]);
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> store.apply(new QuotationBatchStore.Writes(
                List.of(), List.of(q), Map.of(), Map.of("Q1", List.of(described, unknown)))));
        assertThat(store.occurrencesOf("Q1")).containsExactlyInAnyOrder(described, unknown);
    }

    @Test
    void aQuotationsRunsAreStoredInItsRowAndFoundBySpeakerAndRun() {
        JdbcQuotationStore store = new JdbcQuotationStore(jdbc, 1);
        List<SpeakerCount> ann = List.of(new SpeakerCount("Ann Roe", 1));
        Quotation q = new Quotation("QR", "k", "K.", DAY, DAY, 1, ann, new long[] {Long.MIN_VALUE, -7, 42, Long.MAX_VALUE});
        Quotation other = new Quotation("QS", "s", "S.", DAY, DAY, 1, List.of(new SpeakerCount("Bo Doe", 1)),
                new long[] {42});
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> store.apply(new QuotationBatchStore.Writes(
                List.of(), List.of(q, other), Map.of(), Map.of())));
        assertThat(store.quotationsByIds(List.of("QR")).get("QR")).isEqualTo(q);
        assertThat(store.findSharingRun("Ann Roe", new long[] {1, 42}, DAY.minusDays(1), DAY)).containsExactly(q);
        assertThat(store.findSharingRun("Ann Roe", new long[] {1, 43}, DAY.minusDays(1), DAY)).isEmpty();
        assertThat(store.findSharingRun("Ann Roe", new long[] {42}, DAY.plusDays(1), DAY.plusDays(2))).isEmpty();
        Quotation none = new Quotation("QT", "t", "T.", DAY, DAY, 1, ann, null);
        store.save(none);
        assertThat(store.findById("QT")).contains(none);
    }
}
