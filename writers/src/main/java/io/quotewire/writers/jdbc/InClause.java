package io.quotewire.writers.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits key lists into IN (...) batches small enough for every database's parameter limit. */
final class InClause {
    static final int BATCH = 500;

    private InClause() {
    }

    static <T> List<List<T>> batches(Collection<T> keys) {
        List<List<T>> out = new ArrayList<>();
        List<T> current = new ArrayList<>(Math.min(BATCH, keys.size()));
        for (T key : keys) {
            current.add(key);
            if (current.size() == BATCH) {
                out.add(current);
                current = new ArrayList<>(BATCH);
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    static String placeholders(int n) {
        StringBuilder sb = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "?" : ", ?");
        }
        return sb.toString();
    }
}
