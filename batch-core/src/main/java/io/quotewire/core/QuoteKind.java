package io.quotewire.core;

/** How a quotation stands in the article. */
public enum QuoteKind {
    /** A whole quoted sentence or more. */
    FULL,
    /** A fragment inside the reporter's own sentence. */
    PARTIAL,
    /** An embedded social-media post. */
    POST;

    /** The name written in the output: lower case. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
