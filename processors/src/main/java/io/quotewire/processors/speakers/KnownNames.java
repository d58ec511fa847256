package io.quotewire.processors.speakers;

import io.quotewire.core.dedup.NameSighting;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Full speaker names by surname key, each with the dates it was seen on. Filled once, then only read. */
final class KnownNames {
    private final Map<String, Map<String, TreeSet<LocalDate>>> byKey = new HashMap<>();

    KnownNames(Collection<NameSighting> sightings) {
        for (NameSighting s : sightings) {
            byKey.computeIfAbsent(s.key(), k -> new TreeMap<>()).computeIfAbsent(s.fullName(), n -> new TreeSet<>())
                    .add(s.date());
        }
    }

    /** Adds to {@code into} the names of this key seen within [from, to], with those dates. */
    void collect(String key, LocalDate from, LocalDate to, Map<String, TreeSet<LocalDate>> into) {
        Map<String, TreeSet<LocalDate>> names = byKey.get(key);
        if (names == null) {
            return;
        }
        names.forEach((name, dates) -> {
            NavigableSet<LocalDate> in = dates.subSet(from, true, to, true);
            if (!in.isEmpty()) {
                into.computeIfAbsent(name, n -> new TreeSet<>()).addAll(in);
            }
        });
    }

    int size() {
        return byKey.size();
    }
}
