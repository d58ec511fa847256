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

    /**
     * The canonical name when it describes rather than names the speaker, else null. Names begin with a capital
     * ("Ronald Reagan", "Exxon Corp"); a description begins with a lower-case word, even when it names an
     * organisation later ("official", "a spokesman", "senior Treasury official").
     */
    public static String descriptionOf(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Character.isLowerCase(name.strip().codePointAt(0)) ? name : null;
    }
}
