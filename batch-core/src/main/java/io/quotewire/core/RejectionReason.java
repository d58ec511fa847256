package io.quotewire.core;

/** Why an input file was not used. The names are stable: they are stored and reported. */
public enum RejectionReason {
    /** The file could not be read from disk. */
    UNREADABLE,
    /** The file's name gives no article id (it is {@code .txt} alone). */
    NO_ID,
    /** The file is larger than the configured limit. */
    TOO_LARGE,
    /** The file holds nothing but whitespace. */
    EMPTY,
    /** The file holds NUL bytes or other control characters: not text. */
    BINARY,
    /** The bytes are not valid UTF-8. */
    NOT_DECODABLE,
    /** The file does not start with a {@code date} header. */
    NO_DATE,
    /** The {@code date} header is not a date, or an impossible one. */
    INVALID_DATE,
    /** The header parsed but no article text follows it. */
    NO_TEXT,
    /** Processing failed on this article; the detail names the error. */
    PROCESSING_ERROR,
    /**
     * The analysis ran past the per-article time budget ({@code quotewire.article-time-budget}) and was given up;
     * the detail names the stage that was running and the budget.
     */
    TOO_SLOW,
    /**
     * The article has more quotations than {@code quotewire.max-quotes-per-article}: no newspaper article quotes
     * thousands of statements, and each costs the cross-article step look-ups.
     */
    TOO_MANY_QUOTES
}
