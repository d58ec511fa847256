package io.quotewire.processors.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quotewire.core.ArticleFingerprint;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FingerprinterTest {
    private final Fingerprinter fingerprinter = new Fingerprinter();

    @Test
    void contentHashFoldsCaseWhitespaceWrappingAndPunctuation() {
        String a = "Oil prices rose on Tuesday, traders said.\n\nThe rise was \"modest\".";
        String b = "  OIL prices rose\non tuesday traders said -- the rise\n   was modest ";
        assertThat(fingerprinter.contentHash(a)).isEqualTo(fingerprinter.contentHash(b)).hasSize(64);
        assertThat(fingerprinter.contentHash(a)).isNotEqualTo(fingerprinter.contentHash("Oil prices fell on Tuesday."));
    }

    @Test
    void signatureHasBandsTimesRowsMinimaAndBandKeysOnePerBand() {
        ArticleFingerprint f = fingerprinter.fingerprint("One two three four five six seven.");
        assertThat(f.minHash()).hasSize(Fingerprinter.DEFAULT_BANDS * Fingerprinter.DEFAULT_ROWS);
        assertThat(fingerprinter.bandKeys(f.minHash())).hasSize(Fingerprinter.DEFAULT_BANDS).doesNotHaveDuplicates();
        assertThat(fingerprinter.fingerprint(" -- ... ").minHash()).isEmpty();
        assertThat(fingerprinter.bandKeys(new long[0])).isEmpty();
        assertThat(fingerprinter.fingerprint("Two words").minHash()).hasSize(100); // one shingle of two words
    }

    /** Pinned values: a change here changes every stored band key, so it must be deliberate (re-index). */
    @Test
    void fingerprintIsStableAcrossRunsAndJvms() {
        ArticleFingerprint f = fingerprinter.fingerprint("The quick brown fox jumps over the lazy dog, police said.");
        long[] keys = fingerprinter.bandKeys(f.minHash());
        assertThat(f.minHash()[0]).isEqualTo(GOLDEN_MIN0);
        assertThat(f.minHash()[99]).isEqualTo(GOLDEN_MIN99);
        assertThat(keys[0]).isEqualTo(GOLDEN_BAND0);
        assertThat(new Fingerprinter().fingerprint("The quick brown fox jumps over the lazy dog, police said."))
                .isEqualTo(f);
    }

    static final long GOLDEN_MIN0 = -8454690798885780028L;
    static final long GOLDEN_MIN99 = -9105402473931431776L;
    static final long GOLDEN_BAND0 = 8880390074556502931L;

    @Test
    void wordsJoinInnerApostrophesPeriodsAndCommasAndSplitOnEverythingElse() {
        assertThat(Fingerprinter.wordHashes("Don't say U.S. sold 1,250.5 tonnes")).hasSize(6);
        assertThat(Fingerprinter.wordHashes("Iranian-backed\nmilitia")).hasSize(3);
        assertThat(Fingerprinter.wordHashes("DON'T")).containsExactly(Fingerprinter.wordHashes("don\u2019t"));
        assertThat(Fingerprinter.wordHashes("end. Next")).hasSize(2);
        assertThat(Fingerprinter.wordHashes("")).isEmpty();
    }

    @Test
    void rewrappingAndCaseLeaveShinglesUnchanged() {
        SyntheticNews news = new SyntheticNews();
        SyntheticNews.Story story = news.story(new SplittableRandom(7), 6, 8);
        assertThat(fingerprinter.shingles(story.wrapped(60))).containsExactly(fingerprinter.shingles(story.body()));
        assertThat(fingerprinter.shingles(story.body().toUpperCase())).containsExactly(fingerprinter.shingles(story.body()));
    }

    @Test
    void jaccardOfSortedSets() {
        assertThat(Fingerprinter.jaccard(new long[] {1, 2, 3, 4}, new long[] {2, 3, 4, 5})).isEqualTo(0.6);
        assertThat(Fingerprinter.jaccard(new long[] {-5, 1}, new long[] {7, 9})).isZero();
        assertThat(Fingerprinter.jaccard(new long[0], new long[0])).isEqualTo(1.0);
        long[] s = fingerprinter.shingles("a b c d e f");
        assertThat(s).hasSize(4).isSorted();
        assertThat(Fingerprinter.jaccard(s, fingerprinter.shingles("a b c d e g"))).isEqualTo(3.0 / 5.0);
    }

    @Test
    void minHashEstimatesJaccardWithinSamplingError() {
        SyntheticNews news = new SyntheticNews();
        SplittableRandom random = new SplittableRandom(11);
        List<Double> errors = new ArrayList<>();
        for (int t = 0; t < 200; t++) {
            SyntheticNews.Story a = news.story(random, 6, 10);
            List<String> paragraphs = new ArrayList<>(a.paragraphs());
            int replace = random.nextInt(paragraphs.size());
            for (int i = 0; i < replace; i++) {
                paragraphs.set(i, news.paragraph(random));
            }
            String b = new SyntheticNews.Story(a.headline(), paragraphs).body();
            double real = Fingerprinter.jaccard(fingerprinter.shingles(a.body()), fingerprinter.shingles(b));
            double estimate = Fingerprinter.estimate(fingerprinter.fingerprint(a.body()).minHash(),
                    fingerprinter.fingerprint(b).minHash());
            errors.add(Math.abs(real - estimate));
        }
        double mean = errors.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        // the standard error of a 100-hash estimate is at most 0.05
        assertThat(mean).isLessThan(0.05);
        assertThat(errors.stream().mapToDouble(Double::doubleValue).max().orElseThrow()).isLessThan(0.2);
    }

    @Test
    void sCurveMatchesTheDocumentedNumbers() {
        assertThat(fingerprinter.candidateProbability(0.8)).isCloseTo(0.9996, within(1e-4));
        assertThat(fingerprinter.candidateProbability(0.5)).isCloseTo(0.4701, within(1e-4));
        assertThat(fingerprinter.candidateProbability(0.3)).isCloseTo(0.0475, within(1e-4));
        assertThat(fingerprinter.candidateProbability(0.05)).isLessThan(1e-5);
    }
}
