package io.quotewire.processors.dedup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The shingles of the articles shingled last, by article id and content hash (a corrected version has another
 * hash), least recently used first out. Values computed from the text alone, so nothing decided depends on what it
 * holds; its size is bounded by its capacity whatever the run's or the history's. Not thread-safe.
 */
final class RecentShingles {
    private final int capacity;
    private final LinkedHashMap<String, long[]> byArticle;

    RecentShingles(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0: " + capacity);
        }
        this.capacity = capacity;
        this.byArticle = new LinkedHashMap<>(Math.min(capacity, 1024) * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > RecentShingles.this.capacity;
            }
        };
    }

    /** The article's shingles if held, else null. */
    long[] get(String articleId, String contentHash) {
        return byArticle.get(key(articleId, contentHash));
    }

    /** The article's shingles, computed by {@code shingles} when not held, and held from now on. */
    long[] get(String articleId, String contentHash, Supplier<long[]> shingles) {
        long[] held = byArticle.get(key(articleId, contentHash));
        if (held == null) {
            held = shingles.get();
            put(articleId, contentHash, held);
        }
        return held;
    }

    void put(String articleId, String contentHash, long[] shingles) {
        if (capacity > 0) {
            byArticle.put(key(articleId, contentHash), shingles);
        }
    }

    int size() {
        return byArticle.size();
    }

    private static String key(String articleId, String contentHash) {
        return articleId + '\n' + contentHash;
    }
}
