package io.quotewire.core;

import java.util.Objects;

/**
 * The words that name a speaker at one quotation's attribution ("he", "the State Department").
 * Offsets are code points into the article body, end exclusive.
 */
public record Mention(int start, int end, String text) {
    public Mention {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
