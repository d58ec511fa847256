package io.quotewire.processors.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecentShinglesTest {

    @Test
    void keepsAtMostItsCapacityTheLeastRecentlyUsedGoingFirst() {
        RecentShingles recent = new RecentShingles(2);
        recent.put("a", "h1", new long[] {1});
        recent.put("b", "h2", new long[] {2});
        assertThat(recent.get("a", "h1")).containsExactly(1); // a is now the most recently used
        recent.put("c", "h3", new long[] {3});
        assertThat(recent.size()).isEqualTo(2);
        assertThat(recent.get("b", "h2")).isNull();
        assertThat(recent.get("a", "h1")).containsExactly(1);
        assertThat(recent.get("c", "h3")).containsExactly(3);
    }

    @Test
    void anArticleIsKnownByItsIdAndContentHashTogether() {
        RecentShingles recent = new RecentShingles(8);
        recent.put("a", "h1", new long[] {1});
        assertThat(recent.get("a", "h2")).isNull(); // a corrected version: another text
        int[] computed = {0};
        assertThat(recent.get("a", "h2", () -> {
            computed[0]++;
            return new long[] {5};
        })).containsExactly(5);
        assertThat(recent.get("a", "h2", () -> {
            computed[0]++;
            return new long[] {6};
        })).containsExactly(5);
        assertThat(computed[0]).isEqualTo(1);
    }

    @Test
    void aCapacityOfZeroKeepsNothing() {
        RecentShingles recent = new RecentShingles(0);
        recent.put("a", "h1", new long[] {1});
        assertThat(recent.get("a", "h1")).isNull();
        assertThat(recent.size()).isZero();
        assertThatThrownBy(() -> new RecentShingles(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
