package io.quotewire.processors.dates;

import io.quotewire.core.TemporalExpression;
import io.quotewire.processors.Deadline;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Finds temporal expressions in an article body and normalizes them to TIMEX3 against the publication date.
 * Plain Java; thread-safe (each call tokenizes the body once and scans it with its own {@link TimexScanner}).
 *
 * <p>The body is cut once into words, numbers and punctuation; expression grammars (absolute dates, relative
 * days and periods, quarters, durations, sets, clock times, reference words) are matched over the tokens, each
 * looking a bounded number of tokens ahead, so the time is linear in the body. At each token the longest
 * expression wins; expressions come out in text order and never overlap.
 */
public class TemporalTagger {

    /**
     * @param body      the article body
     * @param reference the publication date that relative expressions resolve against
     * @return the expressions in text order, never overlapping, offsets in code points
     */
    public List<TemporalExpression> tag(String body, LocalDate reference) {
        return tag(body, reference, Deadline.NONE);
    }

    /**
     * As {@link #tag(String, LocalDate)}, checking {@code deadline} at each token.
     *
     * @throws io.quotewire.processors.BudgetExceededException when the deadline passes
     */
    public List<TemporalExpression> tag(String body, LocalDate reference, Deadline deadline) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(deadline, "deadline");
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        return new TimexScanner(new Tokens(body), reference, deadline).run();
    }
}
