package io.quotewire.processors.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An article's parsed publication date.
 *
 * @param date    the publication date (in the header's own offset when it gave one)
 * @param instant the publication instant in UTC when the header gave a time, else null
 * @param raw     the header's date text as written
 */
public record PublicationDate(LocalDate date, Instant instant, String raw) {
    public PublicationDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(raw, "raw");
    }
}
