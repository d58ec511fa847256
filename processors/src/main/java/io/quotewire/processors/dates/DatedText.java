package io.quotewire.processors.dates;

import java.util.Objects;

/**
 * An article's text split at the end of its {@code date} header.
 *
 * @param date      the parsed publication date
 * @param bodyStart char index in the raw text where the body starts (after the header and the whitespace after it)
 */
public record DatedText(PublicationDate date, int bodyStart) {
    public DatedText {
        Objects.requireNonNull(date, "date");
    }
}
