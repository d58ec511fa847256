package io.quotewire.core;

/** What kind of speaker a quotation is attributed to. */
public enum SpeakerType {
    PERSON, ORGANIZATION, GROUP, UNKNOWN;

    /** The name written in the output: lower case. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
