package io.quotewire.writers.json;

import io.quotewire.core.TemporalExpression;
import io.quotewire.core.TimexType;

/** One entry of an article record's {@code timexes}. */
public record TimexJson(int start, int end, String text, String type, String value) {
    public static TimexJson of(TemporalExpression t) {
        return new TimexJson(t.start(), t.end(), t.text(), t.type().name(), t.value());
    }

    public TemporalExpression toTemporalExpression() {
        return new TemporalExpression(start, end, text, TimexType.valueOf(type), value);
    }
}
