package io.quotewire.query;

/**
 * What a canonical speaker "name" is: a name, a bare description that names nobody (the engine keeps "a
 * spokesman", "official", "the company", "sources" when no one is named before them), or the unknown speaker.
 */
enum SpeakerKind {
    name, description, unknown;

    /**
     * Names begin with a capital ("Ronald Reagan", "Exxon Corp"); a description begins with a lower-case word, even
     * when it names an organisation later ("senior Treasury official"). The unknown speaker is stored as None.
     */
    static SpeakerKind of(String speaker) {
        if (speaker == null || speaker.isBlank() || Quotations.NONE.equals(speaker)) {
            return unknown;
        }
        return io.quotewire.core.Speaker.descriptionOf(speaker) != null ? description : name;
    }
}
