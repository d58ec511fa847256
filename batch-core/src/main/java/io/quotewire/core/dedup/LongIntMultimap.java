package io.quotewire.core.dedup;

import java.util.function.IntConsumer;

/**
 * A multimap from long keys to non-negative int values in two primitive arrays (open addressing, linear probing),
 * so an in-memory index of millions of LSH band keys costs 12 bytes per entry instead of a boxed map's ~80.
 * Not thread-safe.
 */
public final class LongIntMultimap {
    private static final float MAX_LOAD = 0.6f;

    private long[] keys;
    private int[] values; // value + 1; 0 marks an empty slot
    private int size;

    public LongIntMultimap(int expectedEntries) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expectedEntries / MAX_LOAD)) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    public int size() {
        return size;
    }

    public void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value");
        }
        if (size + 1 > keys.length * MAX_LOAD) {
            grow();
        }
        insert(key, value + 1);
        size++;
    }

    /** Calls {@code action} with every value stored under {@code key}. */
    public void forEach(long key, IntConsumer action) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                action.accept(values[i] - 1);
            }
        }
    }

    private void insert(long key, int storedValue) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != 0) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = storedValue;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != 0) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        // the keys are hashes already (LSH bands, shingles); one multiply spreads any that are not
        return (int) ((key ^ (key >>> 32)) * 0x9E3779B97F4A7C15L >>> 32) & mask;
    }

    @Override
    public String toString() {
        return "LongIntMultimap[" + size + " of " + keys.length + "]";
    }
}
