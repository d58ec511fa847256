package io.quotewire.processors.dates;

import io.quotewire.core.TemporalExpression;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds temporal expressions in an article body and normalizes them to TIMEX3 against the publication date.
 * Plain Java; thread-safe.
 */
public class TemporalTagger {

    /**
     * @param body      the article body
     * @param reference the publication date that relative expressions resolve against
     * @return the expressions in text order, never overlapping, offsets in code points
     */
    public List<TemporalExpression> tag(String body, LocalDate reference) {
        return List.of();
    }
}
