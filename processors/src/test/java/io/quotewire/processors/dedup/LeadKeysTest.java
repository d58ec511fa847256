package io.quotewire.processors.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LeadKeysTest {
    private final SyntheticNews news = new SyntheticNews();
    private final Fingerprinter fingerprinter = new Fingerprinter();

    @Test
    void theLeadUnderAnotherHeadlineHasTheSameKeys() {
        SplittableRandom random = new SplittableRandom(1);
        SyntheticNews.Story story = news.story(random, 10, 10);
        long[] keys = LeadKeys.DEFAULT.of(story.body());
        assertThat(keys).hasSize(LeadKeys.DEFAULT.count());
        SyntheticNews.Story retitled = new SyntheticNews.Story(news.headline(random), story.paragraphs().subList(0, 2));
        assertThat(LeadKeys.DEFAULT.of(retitled.body())).isEqualTo(keys);
        assertThat(LeadKeys.DEFAULT.of(story.wrapped(64))).as("re-wrapped, indented").isEqualTo(keys);
        assertThat(LeadKeys.DEFAULT.of("\n\n  " + story.body().toUpperCase())).isEqualTo(keys);
    }

    @Test
    void otherStoriesAndOtherPartsOfTheStoryShareNoKey() {
        SplittableRandom random = new SplittableRandom(2);
        SyntheticNews.Story story = news.story(random, 10, 10);
        long[] keys = LeadKeys.DEFAULT.of(story.body());
        long[] tail = LeadKeys.DEFAULT.of(new SyntheticNews.Story(story.headline(),
                story.paragraphs().subList(3, 10)).body());
        long[] other = LeadKeys.DEFAULT.of(news.story(random, 10, 10).body());
        assertThat(Arrays.stream(tail).filter(k -> Arrays.binarySearch(keys, k) >= 0).count()).isZero();
        assertThat(Arrays.stream(other).filter(k -> Arrays.binarySearch(keys, k) >= 0).count()).isZero();
        // a key space of their own: no lead key is a band key
        long[] bands = fingerprinter.bandKeys(fingerprinter.fingerprint(story.body()).minHash());
        for (long k : keys) {
            assertThat(bands).doesNotContain(k);
        }
    }

    @Test
    void aWordChangedInTheLeadKeepsMostKeys() {
        SplittableRandom random = new SplittableRandom(3);
        int sharing = 0;
        for (int i = 0; i < 100; i++) {
            SyntheticNews.Story story = news.story(random, 6, 6);
            String[] words = story.paragraphs().get(0).split(" ");
            words[random.nextInt(Math.min(words.length, 40))] = "zzyzx";
            SyntheticNews.Story edited = new SyntheticNews.Story(story.headline(),
                    java.util.stream.Stream.concat(java.util.stream.Stream.of(String.join(" ", words)),
                            story.paragraphs().subList(1, 6).stream()).toList());
            long[] a = LeadKeys.DEFAULT.of(story.body());
            long[] b = LeadKeys.DEFAULT.of(edited.body());
            sharing += Arrays.stream(b).anyMatch(k -> Arrays.binarySearch(a, k) >= 0) ? 1 : 0;
        }
        assertThat(sharing).isGreaterThanOrEqualTo(99);
    }

    @Test
    void shortAndEmptyTexts() {
        assertThat(LeadKeys.DEFAULT.of("")).isEmpty();
        assertThat(LeadKeys.DEFAULT.of(" \n ")).isEmpty();
        assertThat(LeadKeys.DEFAULT.of("One line only")).hasSize(1);
        assertThat(LeadKeys.DEFAULT.of("A HEADLINE ALONE\n---\n")).hasSize(1);
        assertThat(LeadKeys.leadStart("Headline\nbody")).isEqualTo(8);
        assertThat(LeadKeys.leadStart("Headline only\n\n")).isZero();
        assertThatThrownBy(() -> new LeadKeys(0, 40)).isInstanceOf(IllegalArgumentException.class);
    }
}
