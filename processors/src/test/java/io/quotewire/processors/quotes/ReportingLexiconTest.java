package io.quotewire.processors.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.processors.quotes.ReportingLexicon.NounUse;
import org.junit.jupiter.api.Test;

/** The one table of speech nouns keeps each noun's uses apart. */
class ReportingLexiconTest {
    private final ReportingLexicon lexicon = new ReportingLexicon();

    @Test
    void aNounTakesOnlyTheUsesItIsListedWith() {
        assertThat(lexicon.isSpeechNoun("claim", NounUse.THAT_CLAUSE)).isTrue();
        assertThat(lexicon.isSpeechNoun("claim", NounUse.BEFORE_QUOTE)).isTrue();
        assertThat(lexicon.isSpeechNoun("claim", NounUse.OWNED)).isTrue();
        // "his famous line “…”" is his, but "the line that …" is no report
        assertThat(lexicon.isSpeechNoun("line", NounUse.BEFORE_QUOTE)).isTrue();
        assertThat(lexicon.isSpeechNoun("line", NounUse.THAT_CLAUSE)).isFalse();
        assertThat(lexicon.isSpeechNoun("verdict", NounUse.OWNED)).isTrue();
        assertThat(lexicon.isSpeechNoun("verdict", NounUse.BEFORE_QUOTE)).isFalse();
    }

    @Test
    void otherWordsAreNoSpeechNouns() {
        for (NounUse use : NounUse.values()) {
            assertThat(lexicon.isSpeechNoun("table", use)).isFalse();
            assertThat(lexicon.isSpeechNoun("Claim", use)).as("looked up in lower case only").isFalse();
        }
    }
}
