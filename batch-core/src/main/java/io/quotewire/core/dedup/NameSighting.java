package io.quotewire.core.dedup;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's full name seen as a speaker in an article: the key its short forms are looked up by (its surname,
 * folded), the name, and the article's publication date. A row of {@code speaker_name}.
 */
public record NameSighting(String key, String fullName, LocalDate date) {
    public NameSighting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(date, "date");
    }
}
