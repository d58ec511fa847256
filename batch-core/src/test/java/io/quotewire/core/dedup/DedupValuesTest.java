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
                List.of(new SpeakerCount("Ann", 2), new SpeakerCount(SpeakerCount.NONE, 1)));
        assertThat(q.speaker()).isEqualTo("Ann");
        assertThatThrownBy(() -> new Quotation("Q1", "k", "K.", DAY, DAY, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpeakerCount("Ann", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decisionsSayWhetherTheArticleIsADuplicate() {
        assertThat(new DedupDecision("b", "a", DedupDecision.Match.NEAR, 0.9).isDuplicate()).isTrue();
        assertThat(new DedupDecision("a", null, DedupDecision.Match.NONE, 0.0).isDuplicate()).isFalse();
    }
}
