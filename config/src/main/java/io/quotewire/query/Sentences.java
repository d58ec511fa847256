package io.quotewire.query;

import java.util.Set;

/** The sentence around a quote in an article body, from the quote's code-point offsets. */
final class Sentences {
    /** Sentences are cut at this many characters either side of the quote, so a run-on text stays readable. */
    private static final int MAX_AROUND = 300;
    private static final String CLOSERS = "\"'”’»)]";
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen",
            "rep", "gov", "col", "lt", "sgt", "prof", "rev", "inc", "corp", "co", "ltd", "no", "vs", "u.s", "u.k");

    private Sentences() {
    }

    /**
     * The sentence holding {@code [start, end)} (code points; the quote without its marks): back to the end of the
     * previous sentence or paragraph, on to the end of its own, with whitespace runs folded to one space.
     */
    static String around(String body, int start, int end) {
        int n = body.codePointCount(0, body.length());
        if (start < 0 || end > n || start > end) {
            return "";
        }
        int from = body.offsetByCodePoints(0, start);
        int to = body.offsetByCodePoints(0, end);
        int begin = from;
        while (begin > 0 && from - begin < MAX_AROUND && !startsSentence(body, begin)) {
            begin--;
        }
        int finish = to;
        // a quote that ends its sentence ("... yet.”): the sentence ends after its closing marks
        if (finish > 0 && ".!?".indexOf(body.charAt(finish - 1)) >= 0) {
            while (finish < body.length() && CLOSERS.indexOf(body.charAt(finish)) >= 0) {
                finish++;
            }
        } else {
            while (finish < body.length() && finish - to < MAX_AROUND && !endsSentence(body, finish)) {
                finish++;
            }
            if (finish < body.length() && finish - to < MAX_AROUND) {
                finish++;
                while (finish < body.length() && CLOSERS.indexOf(body.charAt(finish)) >= 0) {
                    finish++;
                }
            }
        }
        String s = body.substring(begin, finish).replaceAll("\\s+", " ").strip();
        return (begin > 0 && !startsSentence(body, begin) ? "…" : "") + s
                + (finish < body.length() && finish - to >= MAX_AROUND ? "…" : "");
    }

    /** Whether a sentence begins at {@code i}: after a paragraph break, or after a sentence end and a space. */
    private static boolean startsSentence(String body, int i) {
        if (i == 0) {
            return true;
        }
        if (!Character.isWhitespace(body.charAt(i - 1)) || Character.isWhitespace(body.charAt(i))) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(body.charAt(j))) {
            if (body.charAt(j) == '\n' && j > 0 && body.charAt(j - 1) == '\n') {
                return true;
            }
            j--;
        }
        while (j >= 0 && CLOSERS.indexOf(body.charAt(j)) >= 0) {
            j--;
        }
        return j >= 0 && endsSentence(body, j);
    }

    /** Whether the character at {@code i} ends a sentence: . ! ? not after an abbreviation or an initial. */
    private static boolean endsSentence(String body, int i) {
        char ch = body.charAt(i);
        if (ch == '\n' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
            return true;
        }
        if (ch != '.' && ch != '!' && ch != '?') {
            return false;
        }
        if (i + 1 < body.length()) {
            int k = i + 1;
            while (k < body.length() && CLOSERS.indexOf(body.charAt(k)) >= 0) {
                k++;
            }
            if (k < body.length() && !Character.isWhitespace(body.charAt(k))) {
                return false;   // 3.5, U.S.-based
            }
        }
        if (ch == '.') {
            int w = i;
            while (w > 0 && (Character.isLetter(body.charAt(w - 1)) || body.charAt(w - 1) == '.')) {
                w--;
            }
            String word = body.substring(w, i).toLowerCase(java.util.Locale.ROOT);
            if (word.length() == 1 || ABBREVIATIONS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
