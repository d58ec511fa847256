package io.quotewire.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextOffsetsTest {

    @Test
    void bmpTextIsTheIdentity() {
        TextOffsets offsets = TextOffsets.of("plain “text” é");
        assertThat(offsets.toCodePoint(7)).isEqualTo(7);
        assertThat(offsets.toCharIndex(7)).isEqualTo(7);
        assertThat(offsets.codePointLength()).isEqualTo(14);
    }

    @Test
    void surrogatePairsCountAsOneCodePoint() {
        String text = "a😀b😀c";   // chars: a, hi, lo, b, hi, lo, c
        TextOffsets offsets = TextOffsets.of(text);
        assertThat(offsets.codePointLength()).isEqualTo(text.codePointCount(0, text.length()));
        int c = text.indexOf('c');
        assertThat(offsets.toCodePoint(c)).isEqualTo(4);
        assertThat(offsets.toCharIndex(4)).isEqualTo(c);
        for (int cp = 0; cp <= 5; cp++) {
            assertThat(offsets.toCodePoint(offsets.toCharIndex(cp))).isEqualTo(cp);
            assertThat(offsets.toCharIndex(cp)).isEqualTo(text.offsetByCodePoints(0, cp));
        }
    }
}
