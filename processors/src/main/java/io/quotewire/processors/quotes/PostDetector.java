package io.quotewire.processors.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds embedded social-media posts in their plain-text form: a paragraph whose text ends with
 * "— Author Name (@handle) Month D, YYYY", the signature an embedded tweet leaves in the article text.
 * One forward pass over each paragraph; lookbehind for the dash is bounded.
 */
final class PostDetector {
    private static final int MAX_AUTHOR = 80;

    /**
     * A post, char indexes: its text, the dash before the author (the cue), the author's name with handle
     * (the mention).
     */
    record Post(int start, int end, int dash, int mentionStart, int mentionEnd, int nameEnd) {
    }

    List<Post> find(String text, Layout layout) {
        List<Post> out = new ArrayList<>();
        for (int p = 0; p < layout.count(); p++) {
            int ps = layout.start(p);
            int pe = layout.end(p);
            int handle = -1;
            for (int i = ps; i + 1 < pe; i++) {
                if (text.charAt(i) == '(' && text.charAt(i + 1) == '@') {
                    handle = i;
                }
            }
            if (handle < 0) {
                continue;
            }
            Post post = postAt(text, ps, pe, handle);
            if (post != null) {
                out.add(post);
            }
        }
        return out;
    }

    private static Post postAt(String text, int ps, int pe, int paren) {
        int j = paren + 2;
        while (j < pe && (Chars.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
            j++;
        }
        if (j == paren + 2 || j >= pe || text.charAt(j) != ')') {
            return null;
        }
        int mentionEnd = j + 1;
        int k = skipSpaces(text, mentionEnd, pe);
        int dateEnd = dateEnd(text, k, pe);
        if (dateEnd < 0) {
            return null;
        }
        for (int r = dateEnd; r < pe; r++) {
            char c = text.charAt(r);
            if (c == '<') {
                break; // a closing tag may follow
            }
            if (!Chars.isSpace(c) && c != '.') {
                return null;
            }
        }
        int nameEnd = paren;
        while (nameEnd > ps && Chars.isSpace(text.charAt(nameEnd - 1))) {
            nameEnd--;
        }
        int dash = -1;
        for (int b = nameEnd - 1; b >= ps && nameEnd - b <= MAX_AUTHOR; b--) {
            char c = text.charAt(b);
            if (c == '\n') {
                break;
            }
            if ((Chars.isDash(c) || c == '-') && (b == ps || Chars.isSpace(text.charAt(b - 1)) || c != '-')
                    && b + 1 < nameEnd && Chars.isSpace(text.charAt(b + 1))) {
                dash = b;
                break;
            }
        }
        if (dash < 0) {
            return null;
        }
        int mentionStart = skipSpaces(text, dash + 1, nameEnd);
        if (mentionStart >= nameEnd) {
            return null;
        }
        int start = ps;
        for (int i = ps; i < dash; i++) {
            if (text.charAt(i) == '<') {
                int end = QuoteScanner.tagEnd(text, i);
                if (end > i) {
                    start = end;
                    i = end - 1;
                }
            }
        }
        start = skipSpaces(text, start, dash);
        int end = dash;
        while (end > start && Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end - start < 2) {
            return null;
        }
        return new Post(start, end, dash, mentionStart, mentionEnd, nameEnd);
    }

    private static int skipSpaces(String text, int i, int limit) {
        while (i < limit && Chars.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** "January 3, 2020": the end of a date written with a month name, or -1. */
    private static int dateEnd(String text, int i, int limit) {
        int j = i;
        while (j < limit && Chars.isLetter(text.charAt(j))) {
            j++;
        }
        if (j - i < 3 || !Chars.isUpper(text.charAt(i))) {
            return -1;
        }
        if (j < limit && text.charAt(j) == '.') {
            j++;
        }
        j = skipSpaces(text, j, limit);
        int d = j;
        while (j < limit && Chars.isDigit(text.charAt(j)) && j - d < 2) {
            j++;
        }
        if (j == d) {
            return -1;
        }
        if (j < limit && text.charAt(j) == ',') {
            j++;
        }
        j = skipSpaces(text, j, limit);
        int y = j;
        while (j < limit && Chars.isDigit(text.charAt(j)) && j - y < 4) {
            j++;
        }
        return j - y == 4 ? j : -1;
    }
}
