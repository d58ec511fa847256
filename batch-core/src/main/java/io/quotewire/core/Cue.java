package io.quotewire.core;

import java.util.Objects;

/**
 * The words that mark a quotation as reported speech ("said", "according to", "—" before a post's author).
 * Offsets are code points into the article body, end exclusive.
 */
public record Cue(int start, int end, String text) {
    public Cue {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
