package io.quotewire.writers.json;

import io.quotewire.core.Speaker;
import io.quotewire.core.SpeakerType;
import java.util.Locale;

/** {@code {name, type, mention}} of the output contract. */
public record SpeakerJson(String name, String type, SpanJson mention) {
    static SpeakerJson of(Speaker s) {
        return new SpeakerJson(s.name(), s.type().label(), SpanJson.of(s.mention()));
    }

    Speaker toSpeaker() {
        return new Speaker(name, SpeakerType.valueOf(type.toUpperCase(Locale.ROOT)),
                mention == null ? null : mention.toMention());
    }
}
