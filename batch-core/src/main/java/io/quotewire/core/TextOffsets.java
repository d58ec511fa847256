package io.quotewire.core;

/**
 * Converts between Java char indexes (UTF-16) and the code-point offsets of the output contract.
 * Scanners work on char indexes; every offset leaving an engine is converted here. For the common text
 * without characters outside the BMP both directions are the identity and cost nothing.
 */
public final class TextOffsets {
    private final String text;
    /** Char indexes of the high surrogates, ascending; null when there are none. */
    private final int[] surrogates;

    private TextOffsets(String text, int[] surrogates) {
        this.text = text;
        this.surrogates = surrogates;
    }

    public static TextOffsets of(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                count++;
                i++;
            }
        }
        if (count == 0) {
            return new TextOffsets(text, null);
        }
        int[] at = new int[count];
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                at[k++] = i;
                i++;
            }
        }
        return new TextOffsets(text, at);
    }

    public String text() {
        return text;
    }

    /** Code-point offset of a char index (an index between the two halves of a pair maps past the pair). */
    public int toCodePoint(int charIndex) {
        if (surrogates == null) {
            return charIndex;
        }
        // pairs starting before charIndex - 1 each shrink the offset by one
        int pairsBefore = countBelow(charIndex - 1);
        return charIndex - pairsBefore;
    }

    /** Char index of a code-point offset. */
    public int toCharIndex(int codePoint) {
        if (surrogates == null) {
            return codePoint;
        }
        int lo = 0;
        int hi = surrogates.length;
        // the number of pairs p with surrogates[p] - p < codePoint
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (surrogates[mid] - mid < codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return codePoint + lo;
    }

    /** Number of code points in the text. */
    public int codePointLength() {
        return toCodePoint(text.length());
    }

    private int countBelow(int charIndex) {
        int lo = 0;
        int hi = surrogates.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (surrogates[mid] < charIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
