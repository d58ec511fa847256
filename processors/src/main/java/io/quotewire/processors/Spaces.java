package io.quotewire.processors;

import java.util.function.IntPredicate;

/** White space folded: each run of spaces as one space, none at the ends. Pure functions, no state. */
public final class Spaces {
    private Spaces() {
    }

    /**
     * {@code text} with each run of the characters {@code isSpace} accepts (line breaks, indentation, no-break
     * spaces) as one space, and none at its start or end. Callers give their own definition of a space: the name
     * scanner's, or the quotation store's, which takes every Unicode space.
     */
    public static String fold(String text, IntPredicate isSpace) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace.test(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
