package io.quotewire.writers.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
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

    /** The distinct keys, in first-seen order: a key asked twice would only repeat rows. */
    static LinkedHashSet<Long> distinct(long[] keys) {
        LinkedHashSet<Long> out = new LinkedHashSet<>();
        for (long k : keys) {
            out.add(k);
        }
        return out;
    }

    /** The parameters of a batch's IN (...) followed by those of the rest of the statement. */
    static Object[] args(List<?> batch, Object... after) {
        Object[] args = new Object[batch.size() + after.length];
        for (int i = 0; i < batch.size(); i++) {
            args[i] = batch.get(i);
        }
        System.arraycopy(after, 0, args, batch.size(), after.length);
        return args;
    }
}
