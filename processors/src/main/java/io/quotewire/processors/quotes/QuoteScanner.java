package io.quotewire.processors.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of text between quote marks: a single forward pass with explicit states, never
 * backtracking (lookahead is bounded). Double marks (“…”, "…", «…», „…“) make quotations; single marks (‘…’)
 * inside them are nested quotes and ignored; single marks outside them are reported as single-mark candidates.
 * Apostrophes (Iran’s, rock ’n’ roll, ’90s) and primes (5'10") are not quote marks. An unclosed quotation ends
 * with its paragraph unless the next paragraph re-opens it (a quotation over several paragraphs), so an
 * unbalanced mark never swallows the rest of the article. Markup tags ({@code <tweet id="…">}) are skipped.
 */
final class QuoteScanner {
    private static final int MAX_TAG = 600;

    private enum State { TEXT, DOUBLE, SINGLE }

    List<QuoteSpan> scan(String text, Layout layout) {
        List<QuoteSpan> out = new ArrayList<>();
        int len = text.length();
        State state = State.TEXT;
        int open = -1;
        char opener = 0;
        boolean multi = false;
        boolean wrapped = layout.wrapped();
        int i = 0;
        while (i < len) {
            char c = text.charAt(i);
            switch (state) {
                case TEXT:
                    if (c == '<') {
                        int end = tagEnd(text, i);
                        if (end > i) {
                            i = end;
                            continue;
                        }
                    } else if (isDoubleMark(text, i, c)) {
                        state = State.DOUBLE;
                        open = i;
                        opener = c;
                        multi = false;
                    } else if (c == '\u2018' || (c == '\'' && opensSingle(text, i))) {
                        state = State.SINGLE;
                        open = i;
                        opener = c;
                    }
                    break;
                case DOUBLE:
                    if (c == '\n' && Layout.isBreak(text, i, wrapped)) {
                        int j = i + 1;
                        while (j < len && Chars.isSpace(text.charAt(j))) {
                            j++;
                        }
                        if (j < len && (text.charAt(j) == '\u201c' || text.charAt(j) == '"'
                                || text.charAt(j) == '\u00ab')) {
                            multi = true; // the next paragraph re-opens the quotation
                            i = j + 1;
                            continue;
                        }
                        emit(out, text, open, i, -1, false, multi);
                        state = State.TEXT;
                    } else if (closesDouble(text, i, c, opener)) {
                        emit(out, text, open, i, i, false, multi);
                        state = State.TEXT;
                    }
                    break;
                case SINGLE:
                default:
                    if (c == '\n' && Layout.isBreak(text, i, wrapped)) {
                        state = State.TEXT; // an unclosed single mark was an apostrophe
                    } else if (c == '\u201c' || c == '\u00ab' || (c == '"' && isDoubleMark(text, i, c))) {
                        state = State.DOUBLE; // a double mark outranks a doubtful single one
                        open = i;
                        opener = c;
                        multi = false;
                    } else if ((c == '\u2019' || c == '\'') && closesSingle(text, i)) {
                        emit(out, text, open, i, i, true, false);
                        state = State.TEXT;
                    }
                    break;
            }
            i++;
        }
        if (state == State.DOUBLE) {
            emit(out, text, open, len, -1, false, multi);
        }
        return out;
    }

    private static void emit(List<QuoteSpan> out, String text, int open, int end, int close, boolean single,
                             boolean multi) {
        int s = open + 1;
        int e = end;
        while (s < e && Chars.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && Chars.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new QuoteSpan(open, s, e, close, single, multi));
        }
    }

    /** A double mark that opens: curly, guillemet, low-9, or a straight mark that is not a prime (5'10"). */
    private static boolean isDoubleMark(String text, int i, char c) {
        if (c == '\u201c' || c == '\u00ab' || c == '\u201e') {
            return true;
        }
        return c == '"' && !isPrime(text, i);
    }

    private static boolean closesDouble(String text, int i, char c, char opener) {
        if (opener == '\u00ab') {
            return c == '\u00bb';
        }
        if (c == '\u201d') {
            return true;
        }
        if (c == '"') {
            return !isPrime(text, i);
        }
        return opener == '\u201e' && c == '\u201c';
    }

    /** 5'10" or 6′: a straight mark right after a number written with feet. */
    private static boolean isPrime(String text, int i) {
        int j = i - 1;
        int digits = 0;
        while (j >= 0 && Chars.isDigit(text.charAt(j)) && digits < 4) {
            j--;
            digits++;
        }
        if (digits == 0 || j < 0) {
            return false;
        }
        char before = text.charAt(j);
        return before == '\'' || before == '\u2032';
    }

    /** A straight single mark opens a quote after a space or bracket and before a letter, unless it is an elision. */
    private static boolean opensSingle(String text, int i) {
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        if (!(Chars.isSpace(prev) || prev == '(' || prev == '[' || Chars.isDash(prev))) {
            return false;
        }
        if (i + 1 >= text.length() || !Chars.isLetter(text.charAt(i + 1))) {
            return false;
        }
        return !isElision(text, i + 1);
    }

    /** 'em, 'til, 'cause, 'n', 'bout, 'round: words that start with an apostrophe. */
    private static boolean isElision(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < 8 && Chars.isLetter(text.charAt(end))) {
            end++;
        }
        String w = text.substring(from, end).toLowerCase(java.util.Locale.ROOT);
        switch (w) {
            case "em": case "til": case "cause": case "n": case "bout": case "round": case "twas": case "tis":
            case "cos": case "s":
                return true;
            default:
                return false;
        }
    }

    /** A single mark closes when no letter follows it (Iran’s and rock ’n’ roll keep theirs). */
    private static boolean closesSingle(String text, int i) {
        if (i + 1 < text.length() && Chars.isLetterOrDigit(text.charAt(i + 1))) {
            return false;
        }
        return i > 0 && !Chars.isSpace(text.charAt(i - 1));
    }

    /** End (exclusive) of a markup tag starting at {@code i}, or {@code i} when it is not one. */
    static int tagEnd(String text, int i) {
        int len = text.length();
        if (i + 1 >= len) {
            return i;
        }
        char n = text.charAt(i + 1);
        if (!(Chars.isLetter(n) || n == '/' || n == '!')) {
            return i;
        }
        int limit = Math.min(len, i + MAX_TAG);
        for (int j = i + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '>') {
                return j + 1;
            }
            if (c == '<' || c == '\n' && j + 1 < limit && text.charAt(j + 1) == '\n') {
                return i; // a tag may wrap its attributes over a line, never over a paragraph
            }
        }
        return i;
    }
}
