package io.quotewire.core.dedup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The full speaker names the cross-article step resolves short forms ({@code Reagan}) against: the night's, read
 * once, and the history's, looked up by key a chunk at a time. Every method is one read of the night or a look-up
 * or a write by key, in the caller's transaction.
 */
public interface SpeakerNameStore {

    /** Every full speaker name of the night's articles (recorded by the per-article step), with their dates. */
    List<NameSighting> night();

    /** The stored sightings of these keys dated within {@code [from, to]} (any night's, this one's included). */
    List<NameSighting> sightings(Collection<String> keys, LocalDate from, LocalDate to);

    /** Stores these sightings; a sighting already stored (same key, name and date) is left as it is. */
    void record(Collection<NameSighting> sightings);
}
