package io.quotewire.processors.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** The windows a chunk's look-ups need: each date ± some days, as disjoint [from, to] ranges in date order. */
public final class DateWindows {
    private DateWindows() {
    }

    /**
     * Each date ± {@code days}, the ranges that overlap or touch joined: a chunk whose dates lie years apart asks
     * for a few days around each, not for every day between.
     */
    public static List<LocalDate[]> around(SortedSet<LocalDate> dates, int days) {
        List<LocalDate[]> out = new ArrayList<>();
        LocalDate[] current = null;
        for (LocalDate d : dates) {
            LocalDate from = d.minusDays(days);
            LocalDate to = d.plusDays(days);
            if (current != null && !from.isAfter(current[1].plusDays(1))) {
                current[1] = to;
            } else {
                current = new LocalDate[] {from, to};
                out.add(current);
            }
        }
        return out;
    }
}
