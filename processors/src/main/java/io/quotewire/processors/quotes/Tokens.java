package io.quotewire.processors.quotes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import static io.quotewire.processors.quotes.Chars.words;

/**
 * The words and punctuation of a text in one linear pass: a word is a run of letters and digits joined by
 * inner apostrophes, hyphens, periods or ampersands (O’Malley, U.S., e-mail, AT&T), with the period of a known
 * abbreviation (Mr., Sen.) or an initial; every other non-space char is a one-char punctuation token. Tokens
 * are held in parallel arrays; {@link #breakBefore(int)} tells whether a paragraph break precedes a token.
 */
final class Tokens {
    static final byte WORD = 1;
    static final byte PUNCT = 2;

    private static final Set<String> ABBREVIATIONS = words("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "lt",
            "gen", "col", "sgt", "capt", "jr", "sr", "st", "mt", "ft", "prof", "rev", "hon", "atty", "supt", "cmdr",
            "adm", "maj", "cpl", "pvt", "corp", "inc", "ltd", "co", "no", "vs", "jan", "feb", "aug", "sept", "sep",
            "oct", "nov", "dec", "a.m", "p.m", "u.s", "u.n", "u.k", "d.c", "e.g", "i.e", "reps", "sens", "govs",
            "messrs", "pres", "dept", "univ", "assn", "bros", "calif", "fla", "ga", "ill", "mass", "mich", "minn",
            "pa", "tenn", "tex", "va", "wash", "wis", "ariz", "colo", "conn", "del", "ind", "kan", "ky", "la", "md",
            "mo", "miss", "mont", "neb", "nev", "okla", "ore", "wyo", "vt", "n.y", "n.j", "n.h", "n.c", "s.c",
            "r.i", "w.va", "est", "approx", "dist", "gens");

    private final String text;
    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    private boolean[] breakBefore;
    private int size;
    /** Lower-cased token texts, made on first use. */
    private String[] lowerCache;

    private Tokens(String text, int capacity) {
        this.text = text;
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.kinds = new byte[capacity];
        this.breakBefore = new boolean[capacity];
    }

    static Tokens of(String text, boolean wrapped) {
        Tokens t = new Tokens(text, Math.max(16, text.length() / 5));
        int len = text.length();
        int i = 0;
        boolean pendingBreak = true;
        while (i < len) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                if (c == '\n' && Layout.isBreak(text, i, wrapped)) {
                    pendingBreak = true;
                }
                i++;
                continue;
            }
            int start = i;
            if (Chars.isLetterOrDigit(c) || ((c == '@' || c == '#' || c == '$')
                    && i + 1 < len && Chars.isLetterOrDigit(text.charAt(i + 1)))) {
                i++;
                while (i < len) {
                    char d = text.charAt(i);
                    if (Chars.isLetterOrDigit(d) || d == '_') {
                        i++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == '&' || d == ',')
                            && i + 1 < len && Chars.isLetterOrDigit(text.charAt(i + 1))
                            && (d != ',' || (Chars.isDigit(text.charAt(i - 1)) && Chars.isDigit(text.charAt(i + 1))))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                if (i < len && text.charAt(i) == '.' && isAbbreviation(text, start, i)) {
                    i++;
                }
                t.add(start, i, WORD, pendingBreak);
            } else {
                i++;
                t.add(start, i, PUNCT, pendingBreak);
            }
            pendingBreak = false;
        }
        return t;
    }

    private static boolean isAbbreviation(String text, int start, int end) {
        int n = end - start;
        if (n == 1 && Chars.isUpper(text.charAt(start))) {
            return true; // an initial: J. Edgar Hoover
        }
        if (n > 6) {
            return false;
        }
        if (text.indexOf('.', start) >= 0 && text.indexOf('.', start) < end) {
            return true; // U.S, D.C
        }
        String w = text.substring(start, end).toLowerCase(Locale.ROOT);
        int dash = w.lastIndexOf('-');
        if (dash > 0 && dash < w.length() - 1) {
            w = w.substring(dash + 1); // R-Ky., D-Md.
        }
        return ABBREVIATIONS.contains(w);
    }

    private void add(int start, int end, byte kind, boolean brk) {
        if (size == starts.length) {
            int cap = size * 2;
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
            kinds = Arrays.copyOf(kinds, cap);
            breakBefore = Arrays.copyOf(breakBefore, cap);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        breakBefore[size] = brk;
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean isWord(int i) {
        return kinds[i] == WORD;
    }

    boolean breakBefore(int i) {
        return breakBefore[i];
    }

    char first(int i) {
        return text.charAt(starts[i]);
    }

    boolean isPunct(int i, char c) {
        return kinds[i] == PUNCT && text.charAt(starts[i]) == c;
    }

    String text(int i) {
        return text.substring(starts[i], ends[i]);
    }

    String lower(int i) {
        if (lowerCache == null) {
            lowerCache = new String[size];
        }
        String l = lowerCache[i];
        if (l == null) {
            l = text(i).toLowerCase(Locale.ROOT);
            lowerCache[i] = l;
        }
        return l;
    }

    boolean capitalized(int i) {
        return kinds[i] == WORD && Chars.isUpper(text.charAt(starts[i]));
    }

    boolean lowercase(int i) {
        return kinds[i] == WORD && Chars.isLower(text.charAt(starts[i]));
    }

    /** Whether the token's text is {@code w}, case included (no substring made). */
    boolean textIs(int i, String w) {
        return ends[i] - starts[i] == w.length() && text.startsWith(w, starts[i]);
    }

    /** Whether the token equals {@code w}, ignoring case. */
    boolean is(int i, String w) {
        return ends[i] - starts[i] == w.length() && text.regionMatches(true, starts[i], w, 0, w.length());
    }

    /** Index of the first token starting at or after char index {@code pos}. */
    int indexAt(int pos) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    String source() {
        return text;
    }
}
