package io.quotewire.core;

import java.util.Objects;

/**
 * Who said a quotation.
 *
 * @param name    canonical name: the fullest form the article gives, without titles; null when unknown
 * @param type    person, organization, group or unknown
 * @param mention the words naming the speaker at this quotation's attribution, or null
 */
public record Speaker(String name, SpeakerType type, Mention mention) {
    public static final Speaker UNKNOWN = new Speaker(null, SpeakerType.UNKNOWN, null);

    public Speaker {
        Objects.requireNonNull(type, "type");
    }
}
