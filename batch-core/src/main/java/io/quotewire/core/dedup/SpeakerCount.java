package io.quotewire.core.dedup;

import java.util.Objects;

/**
 * How many occurrences of a quotation one speaker has.
 *
 * @param name  the canonical speaker name, or {@link #NONE} for occurrences whose speaker is unknown (Quotebank's
 *              convention)
 * @param count the number of occurrences, at least 1
 */
public record SpeakerCount(String name, int count) {
    /** The name counted for occurrences without a known speaker, as Quotebank writes it. */
    public static final String NONE = "None";

    public SpeakerCount {
        Objects.requireNonNull(name, "name");
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
    }
}
