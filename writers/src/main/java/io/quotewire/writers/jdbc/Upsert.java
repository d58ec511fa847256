package io.quotewire.writers.jdbc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Each database's own upsert, one statement where an update and an insert (or a count and an insert) were two:
 * H2's {@code MERGE INTO ... KEY} and {@code MERGE ... USING}, PostgreSQL's {@code INSERT ... ON CONFLICT}. The
 * statements take the key columns' values first, then the other columns', once each.
 */
final class Upsert {
    private final boolean postgres;

    Upsert(boolean postgres) {
        this.postgres = postgres;
    }

    /** Inserts the row, or sets {@code columns} of the row with these key values. */
    String sql(String table, List<String> keys, List<String> columns) {
        List<String> all = concat(keys, columns);
        if (!postgres) {
            return "MERGE INTO " + table + " (" + String.join(", ", all) + ") KEY (" + String.join(", ", keys)
                    + ") VALUES (" + marks(all.size()) + ")";
        }
        List<String> sets = new ArrayList<>();
        for (String c : columns) {
            sets.add(c + " = EXCLUDED." + c);
        }
        return "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES (" + marks(all.size()) + ") ON CONFLICT ("
                + String.join(", ", keys) + ") " + (sets.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + String.join(", ", sets));
    }

    /** Inserts the row unless one with these key values exists, which is left as it is. */
    String insertIgnoring(String table, List<String> keys, List<String> columns) {
        List<String> all = concat(keys, columns);
        if (postgres) {
            return "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES (" + marks(all.size())
                    + ") ON CONFLICT (" + String.join(", ", keys) + ") DO NOTHING";
        }
        List<String> on = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String k : keys) {
            on.add("t." + k + " = s." + k);
        }
        for (String c : all) {
            values.add("s." + c);
        }
        return "MERGE INTO " + table + " t USING (VALUES (" + marks(all.size()) + ")) AS s (" + String.join(", ", all)
                + ") ON " + String.join(" AND ", on) + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", all)
                + ") VALUES (" + String.join(", ", values) + ")";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
