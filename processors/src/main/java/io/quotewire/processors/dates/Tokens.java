package io.quotewire.processors.dates;

import java.util.Arrays;

/**
 * An article body cut once into words, numbers and punctuation, in the style of a jsoup tokeniser: one pass, one
 * explicit state per character class, no backtracking. Offsets are char indexes. Not shared between threads.
 */
final class Tokens {
    static final byte WORD = 1;
    static final byte NUM = 2;
    static final byte PUNCT = 3;

    final String text;
    int n;
    int[] start;
    int[] end;
    byte[] kind;
    /** Value of a number token (-1 when it has more than nine digits), the char of a punctuation token. */
    int[] num;
    Lexicon.Entry[] entry;
    /** A word starting with an upper-case letter. */
    boolean[] cap;

    Tokens(String text) {
        this.text = text;
        int cap0 = Math.max(16, text.length() / 4);
        start = new int[cap0];
        end = new int[cap0];
        kind = new byte[cap0];
        num = new int[cap0];
        entry = new Lexicon.Entry[cap0];
        cap = new boolean[cap0];
        scan();
    }

    private void scan() {
        String s = text;
        int len = s.length();
        int i = 0;
        while (i < len) {
            char c = s.charAt(i);
            if (c <= ' ' || (c >= 128 && (Character.isWhitespace(c) || c == '\u00a0'))) {
                i++;
            } else if (c >= '0' && c <= '9') {
                int b = i;
                long v = 0;
                while (i < len && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    if (v <= 999_999_999L) {
                        v = v * 10 + (s.charAt(i) - '0');
                    }
                    i++;
                }
                add(b, i, NUM, i - b > 9 || v > 999_999_999L ? -1 : (int) v, null, false);
            } else if (letter(c)) {
                int b = i;
                int h = 0; // the lexicon's hash of the word, made in this pass instead of a second one
                while (i < len) {
                    char d = s.charAt(i);
                    if (letter(d)) {
                        h = Lexicon.hashStep(h, d);
                        i++;
                    } else if ((d == '\'' || d == '\u2019') && i + 2 < len && Character.isLetter(s.charAt(i + 1))
                            && s.charAt(i + 1) != 's' && s.charAt(i + 1) != 'S' && isClockWord(s, b, i)) {
                        h = Lexicon.hashStep(h, d);
                        i++; // o'clock
                    } else {
                        break;
                    }
                }
                add(b, i, WORD, 0, Lexicon.lookup(s, b, i, h), c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c));
            } else {
                add(i, i + 1, PUNCT, c, null, false);
                i++;
            }
        }
    }

    private static boolean letter(char c) {
        if (c < 128) {
            return (char) ((c | 0x20) - 'a') < 26;
        }
        return Character.isLetter(c);
    }

    private static boolean isClockWord(String s, int b, int i) {
        return i - b == 1 && (s.charAt(b) == 'o' || s.charAt(b) == 'O');
    }

    private void add(int b, int e, byte k, int v, Lexicon.Entry en, boolean upper) {
        if (n == start.length) {
            int m = n * 2;
            start = Arrays.copyOf(start, m);
            end = Arrays.copyOf(end, m);
            kind = Arrays.copyOf(kind, m);
            num = Arrays.copyOf(num, m);
            entry = Arrays.copyOf(entry, m);
            cap = Arrays.copyOf(cap, m);
        }
        start[n] = b;
        end[n] = e;
        kind[n] = k;
        num[n] = v;
        entry[n] = en;
        cap[n] = upper;
        n++;
    }

    /** No whitespace between token i-1 and token i. */
    boolean glued(int i) {
        return i > 0 && i < n && start[i] == end[i - 1];
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < n && kind[i] == PUNCT && num[i] == c;
    }

    boolean isNum(int i) {
        return i >= 0 && i < n && kind[i] == NUM;
    }

    int digits(int i) {
        return end[i] - start[i];
    }

    boolean is(int i, Lexicon.W w) {
        return i >= 0 && i < n && entry[i] != null && entry[i].word == w;
    }

    Lexicon.Entry e(int i) {
        return i >= 0 && i < n ? entry[i] : null;
    }

    /** A period closing an abbreviation (a.m., U.S., Jan., Mr.) rather than a sentence. */
    private boolean abbreviationDot(int p) {
        int w = p - 1;
        if (w < 0 || kind[w] != WORD || end[w] != start[p]) {
            return false;
        }
        int len = end[w] - start[w];
        if (len == 1) {
            return true;
        }
        if (entry[w] != null && entry[w].abbrev) {
            return true;
        }
        if (len <= 4 && cap[w]) {
            switch (text.substring(start[w], end[w])) {
                case "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Gov", "Sen", "Rep", "Jr", "Sr", "Co", "Corp", "Inc",
                        "Ltd", "Lt", "Col", "Capt", "Sgt", "Rev", "Prof", "No", "Ft", "Mt":
                    return true;
                default:
                    return false;
            }
        }
        return false;
    }

    /** A sentence or clause boundary: . ! ? ; or a blank line between the tokens. */
    boolean boundaryBefore(int i) {
        if (i <= 0) {
            return true;
        }
        int p = i - 1;
        if (kind[p] == PUNCT) {
            int c = num[p];
            if (c == '!' || c == '?' || c == ';') {
                return true;
            }
            if (c == '.') {
                return !abbreviationDot(p);
            }
        }
        for (int k = end[p]; k < start[i]; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }
}
