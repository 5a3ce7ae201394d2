package org.balise.bench;

import java.util.Arrays;

/** A growable array of longs, one per client thread, so that recording a latency costs no boxing or locking. */
final class LongList {
    private long[] values = new long[4096];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
