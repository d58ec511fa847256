package io.quotewire.processors.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.Quote;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learned speaker ranker: its tags, its features, its model file, and that it decides the same every time. */
class SpeakerRankerTest {
    private static final String BODY = "The mayor spoke on Monday.\n\n“We will finish the bridge,” said Sen. Ana Okafor.";

    @Test
    void theTaggerReadsPartsOfSpeech() {
        String[] tags = PartOfSpeech.english().tag(new String[] {",", "said", "Sen.", "Ana", "Okafor", "."});
        assertThat(tags).containsExactly("PUNCT", "VERB", "PROPN", "PROPN", "PROPN", "PUNCT");
    }

    @Test
    void aNameAfterTheCueIsItsInvertedSubject() {
        Tokens tokens = Tokens.of(BODY, false);
        int[] quoteOf = new int[tokens.size()];
        Arrays.fill(quoteOf, -1);
        int open = index(tokens, "We");
        int said = index(tokens, "said");
        for (int k = open; k < said - 2; k++) {
            quoteOf[k] = 0; // We will finish the bridge
        }
        String[] tags = new String[tokens.size()];
        String[] words = new String[tokens.size() - said];
        for (int k = said; k < tokens.size(); k++) {
            words[k - said] = tokens.text(k);
        }
        String[] t = PartOfSpeech.english().tag(words);
        System.arraycopy(t, 0, tags, said, t.length);
        SpeakerFeatures features = new SpeakerFeatures(tokens, quoteOf, tags);
        SpeakerFeatures.Quotation q = new SpeakerFeatures.Quotation(open, said - 1, index(tokens, "We") - 1,
                tokens.size(), said, said, 9);
        int okafor = index(tokens, "Okafor");
        List<String> f = features.of(q, new SpeakerFeatures.Candidate(okafor - 2, okafor, Set.of("source"), true, false));
        assertThat(f).contains("by=source", "picked", "side=R", "kind=name", "cue=after-cue", "role=after-verb",
                "cue-word=said");
        List<String> carried = features.of(q, new SpeakerFeatures.Candidate(-1, -1, Set.of("carried"), false, false));
        assertThat(carried).contains("side=carried").doesNotContain("picked");
    }

    @Test
    void theShippedModelLoadsAndScoresLikeAProbability() {
        SpeakerRanker ranker = SpeakerRanker.shipped();
        double s = ranker.score(List.of("bias", "by=source", "picked", "side=R", "cue=after-cue"));
        assertThat(s).isBetween(0.0, 1.0);
        assertThat(ranker.score(List.of("bias", "by=source", "picked", "side=R", "cue=after-cue"))).isEqualTo(s);
        assertThat(s).isGreaterThan(ranker.score(List.of("bias", "by=chunk", "side=L", "dist=11+")));
    }

    @Test
    void aTieGoesToTheFirstCandidate() {
        SpeakerRanker ranker = SpeakerRanker.shipped();
        List<String> same = List.of("bias", "by=chunk");
        assertThat(ranker.best(List.of(same, same, same))).isZero();
        assertThat(ranker.best(List.of())).isEqualTo(-1);
    }

    @Test
    void trainingTwiceOnTheSameRowsWritesTheSameModel(@TempDir Path dir) throws IOException {
        List<SpeakerRankerTrainer.Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean right = i % 3 != 0;
            rows.add(new SpeakerRankerTrainer.Row("p" + i % 2, "q" + i, right, right,
                    new String[] {"bias", right ? "side=R" : "side=L", "dist=" + i % 4}));
        }
        SpeakerRankerTrainer.write(SpeakerRankerTrainer.train(rows, null), dir.resolve("a.bin.gz"));
        SpeakerRankerTrainer.write(SpeakerRankerTrainer.train(rows, null), dir.resolve("b.bin.gz"));
        byte[] a = Files.readAllBytes(dir.resolve("a.bin.gz"));
        assertThat(a).isEqualTo(Files.readAllBytes(dir.resolve("b.bin.gz")));
        SpeakerRanker read = SpeakerRanker.read(new ByteArrayInputStream(a));
        assertThat(read.score(List.of("bias", "side=R"))).isGreaterThan(read.score(List.of("bias", "side=L")));
    }

    @Test
    void theExtractorPicksTheSameSpeakerEveryTime() {
        QuoteExtractor extractor = new QuoteExtractor();
        List<Quote> first = extractor.extract("a1", BODY, LocalDate.of(2021, 5, 4));
        assertThat(first).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Ana Okafor"));
        for (int i = 0; i < 3; i++) {
            assertThat(new QuoteExtractor().extract("a1", BODY, LocalDate.of(2021, 5, 4))).isEqualTo(first);
        }
    }

    private static int index(Tokens tokens, String word) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.text(k).equals(word)) {
                return k;
            }
        }
        throw new AssertionError(word);
    }
}
