package io.quotewire.processors.quotes;

import java.util.Arrays;

/**
 * The paragraphs of an article body. A paragraph ends at a line break; in hard-wrapped text (newswire copy with
 * lines of about 70 characters) only a blank line or an indented line starts a new paragraph. One linear pass.
 */
final class Layout {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int count;
    private final boolean wrapped;

    private Layout(String text, int[] starts, int[] ends, int count, boolean wrapped) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.count = count;
        this.wrapped = wrapped;
    }

    static Layout of(String text) {
        boolean wrapped = looksWrapped(text);
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            while (i < len && Chars.isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= len) {
                break;
            }
            int start = i;
            int end = len;
            while (i < len) {
                char c = text.charAt(i);
                if (c == '\n' && isBreak(text, i, wrapped)) {
                    end = i;
                    break;
                }
                i++;
            }
            while (end > start && Chars.isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = start;
            ends[n] = end;
            n++;
        }
        return new Layout(text, starts, ends, n, wrapped);
    }

    /** Whether the line break at {@code i} ends a paragraph. */
    static boolean isBreak(String text, int i, boolean wrapped) {
        if (!wrapped) {
            return true;
        }
        int j = i + 1;
        if (j >= text.length()) {
            return true;
        }
        char next = text.charAt(j);
        if (next == '\n' || next == '\r' || Chars.isHorizontalSpace(next)) {
            return true; // blank line or indented paragraph
        }
        return false;
    }

    /**
     * Hard-wrapped copy: most lines are between 30 and 90 characters long and run on into the next line.
     */
    private static boolean looksWrapped(String text) {
        int lines = 0;
        int shortRunOn = 0;
        int longLines = 0;
        int lineStart = 0;
        int len = text.length();
        for (int i = 0; i <= len; i++) {
            if (i == len || text.charAt(i) == '\n') {
                int l = i - lineStart;
                if (l > 0) {
                    lines++;
                    if (l > 100) {
                        longLines++;
                    } else if (l >= 30 && i + 1 < len && !Chars.isSpace(text.charAt(i + 1))) {
                        shortRunOn++;
                    }
                }
                lineStart = i + 1;
            }
        }
        return lines >= 4 && longLines * 10 <= lines && shortRunOn * 2 >= lines;
    }

    boolean wrapped() {
        return wrapped;
    }

    int count() {
        return count;
    }

    int start(int p) {
        return starts[p];
    }

    int end(int p) {
        return ends[p];
    }

    String text() {
        return text;
    }

    /** The index of the paragraph holding char index {@code i}, or of the last one starting before it. */
    int paragraphAt(int i) {
        int lo = 0;
        int hi = count - 1;
        int ans = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= i) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }
}
