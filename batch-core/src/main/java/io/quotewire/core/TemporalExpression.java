package io.quotewire.core;

import java.util.Objects;

/**
 * A temporal expression found in an article body, normalized as TIMEX3.
 *
 * @param start code-point offset into the body, inclusive
 * @param end   code-point offset into the body, exclusive
 * @param text  the expression's text
 * @param type  the TIMEX3 type
 * @param value the TIMEX3 value: 2020-01-03, 2020-W01, 2020-01-03TMO, P1M, PRESENT_REF, XXXX-WXX-1 ...
 */
public record TemporalExpression(int start, int end, String text, TimexType type, String value) {
    public TemporalExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
