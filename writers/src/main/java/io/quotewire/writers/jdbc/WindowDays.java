package io.quotewire.writers.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The days of a date window read from the database, each once while the window holds it: the cross-article step
 * asks in publication order, so the window only moves forward and the days before it are dropped (a day asked for
 * again is read again). Memory is bounded by the days of one window. Not thread-safe.
 *
 * @param <D> what one day holds
 */
final class WindowDays<D> {
    private final TreeMap<LocalDate, D> days = new TreeMap<>();
    private final Function<LocalDate, D> reader;
    private long read;

    /** @param reader reads one day from the database */
    WindowDays(Function<LocalDate, D> reader) {
        this.reader = Objects.requireNonNull(reader);
    }

    /** The days {@code [from, to]} in date order, reading those not held; the days before {@code from} are dropped. */
    List<D> window(LocalDate from, LocalDate to) {
        days.headMap(from).clear();
        List<D> window = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            window.add(days.computeIfAbsent(d, day -> {
                read++;
                return reader.apply(day);
            }));
        }
        return window;
    }

    /** The day if held, else null (a day not read yet will be read from the database). */
    D held(LocalDate day) {
        return days.get(day);
    }

    /** Every day held. */
    Collection<D> held() {
        return days.values();
    }

    /** Drops every day (the caller's transaction rolled back: the next look-up reads the database again). */
    void clear() {
        days.clear();
    }

    /** How many days were read from the database so far. */
    long read() {
        return read;
    }
}
