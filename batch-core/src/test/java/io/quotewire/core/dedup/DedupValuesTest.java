package io.quotewire.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedupValuesTest {
    private static final LocalDate DAY = LocalDate.of(2020, 1, 3);

    @Test
    void canonicalIdIsTheRootOrTheArticleItself() {
        assertThat(new IndexedArticle("a", DAY, "h", null).canonicalId()).isEqualTo("a");
        assertThat(new IndexedArticle("b", DAY, "h", "a").canonicalId()).isEqualTo("a");
    }

    @Test
    void indexEntriesCompareTheirBandKeysByValue() {
        IndexEntry e = new IndexEntry("a", DAY, "h", new long[] {1, 2}, null, "body");
        assertThat(e).isEqualTo(new IndexEntry("a", DAY, "h", new long[] {1, 2}, null, "body"))
                .hasSameHashCodeAs(new IndexEntry("a", DAY, "h", new long[] {1, 2}, null, "body"))
                .isNotEqualTo(new IndexEntry("a", DAY, "h", new long[] {1, 3}, null, "body"));
        assertThat(e.indexed()).isEqualTo(new IndexedArticle("a", DAY, "h", null));
    }

    @Test
    void aQuotationHasAnOccurrenceAndItsTopSpeakerFirst() {
        Quotation q = new Quotation("Q1", "k", "K.", DAY, DAY, 3,
                List.of(new SpeakerCount("Ann", 2), new SpeakerCount(SpeakerCount.NONE, 1)), new long[] {9, 3, 9});
        assertThat(q.speaker()).isEqualTo("Ann");
        assertThatThrownBy(() -> new Quotation("Q1", "k", "K.", DAY, DAY, 0, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpeakerCount("Ann", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuotationsRunsAreSortedDistinctComparedByContentAndCapped() {
        List<SpeakerCount> ann = List.of(new SpeakerCount("Ann", 1));
        Quotation q = new Quotation("Q1", "k", "K.", DAY, DAY, 1, ann, new long[] {9, 3, 9, -4});
        assertThat(q.runs()).containsExactly(-4, 3, 9);
        assertThat(q).isEqualTo(new Quotation("Q1", "k", "K.", DAY, DAY, 1, ann, new long[] {3, -4, 9}));
        assertThat(q).isNotEqualTo(new Quotation("Q1", "k", "K.", DAY, DAY, 1, ann, new long[] {3, 9}));
        assertThat(q.sharesRun(new long[] {1, 9})).isTrue();
        assertThat(q.sharesRun(new long[] {1, 2, 10})).isFalse();
        assertThat(new Quotation("Q1", "k", "K.", DAY, DAY, 1, ann, null).runs()).isEmpty();
        assertThat(Quotation.union(new long[] {5, 1}, new long[] {1, 7})).containsExactly(1, 5, 7);
        long[] many = new long[Quotation.MAX_RUNS + 10];
        for (int i = 0; i < many.length; i++) {
            many[i] = many.length - i;
        }
        long[] kept = new Quotation("Q1", "k", "K.", DAY, DAY, 1, ann, many).runs();
        assertThat(kept).hasSize(Quotation.MAX_RUNS).startsWith(1, 2).endsWith(Quotation.MAX_RUNS);
    }

    @Test
    void decisionsSayWhetherTheArticleIsADuplicate() {
        assertThat(new DedupDecision("b", "a", DedupDecision.Match.NEAR, 0.9).isDuplicate()).isTrue();
        assertThat(new DedupDecision("a", null, DedupDecision.Match.NONE, 0.0).isDuplicate()).isFalse();
    }
}
