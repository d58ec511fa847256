package io.quotewire.core;

import java.util.Objects;

/**
 * Who said a quotation.
 *
 * @param name        canonical name: the fullest form the article gives, without titles (after the cross-article
 *                    step, in the quotation database: the fullest form of the night or the history, see
 *                    {@code CrossArticleSpeakers}); null when unknown or when the words describe rather than name
 * @param type        person, organization, group or unknown
 * @param mention     the words naming the speaker at this quotation's attribution, or null
 * @param description the words describing the speaker when they name nobody ({@code official}, {@code a Treasury
 *                    official}), else null; set by the cross-article step, which then leaves {@code name} null
 * @param reason      why there is no speaker ({@code name} and {@code description} null), else null; set by the
 *                    cross-article step (see {@code CrossArticleSpeakers.Reason})
 */
public record Speaker(String name, SpeakerType type, Mention mention, String description, String reason) {
    public static final Speaker UNKNOWN = new Speaker(null, SpeakerType.UNKNOWN, null);

    public Speaker {
        Objects.requireNonNull(type, "type");
    }

    /** A speaker as one article gives it: no description or reason apart from the name. */
    public Speaker(String name, SpeakerType type, Mention mention) {
        this(name, type, mention, null, null);
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
