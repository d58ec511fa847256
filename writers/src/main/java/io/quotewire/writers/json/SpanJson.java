package io.quotewire.writers.json;

import io.quotewire.core.Cue;
import io.quotewire.core.Mention;

/** {@code {start, end, text}}: a speaker mention or a cue, code-point offsets into the body. */
public record SpanJson(int start, int end, String text) {
    static SpanJson of(Mention m) {
        return m == null ? null : new SpanJson(m.start(), m.end(), m.text());
    }

    static SpanJson of(Cue c) {
        return c == null ? null : new SpanJson(c.start(), c.end(), c.text());
    }

    Mention toMention() {
        return new Mention(start, end, text);
    }

    Cue toCue() {
        return new Cue(start, end, text);
    }
}
