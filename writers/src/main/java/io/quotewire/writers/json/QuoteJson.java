package io.quotewire.writers.json;

import io.quotewire.core.Quote;
import io.quotewire.core.QuoteKind;
import java.time.LocalDate;
import java.util.Locale;

/** One entry of an article record's {@code quotes}. */
public record QuoteJson(String id, int start, int end, String text, String kind, SpeakerJson speaker, SpanJson cue,
                        String date, String quotationId) {
    public static QuoteJson of(Quote q) {
        return new QuoteJson(q.id(), q.start(), q.end(), q.text(), q.kind().label(), SpeakerJson.of(q.speaker()),
                SpanJson.of(q.cue()), q.date().toString(), q.quotationId());
    }

    public Quote toQuote() {
        return new Quote(id, start, end, text, QuoteKind.valueOf(kind.toUpperCase(Locale.ROOT)), speaker.toSpeaker(),
                cue == null ? null : cue.toCue(), LocalDate.parse(date), quotationId);
    }
}
