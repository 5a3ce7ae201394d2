package org.balise.bench;

/** Nearest-rank percentiles of latencies. */
final class Percentiles {

    private Percentiles() {
    }

    /** The percentile (0 to 100; 100 is the maximum) of sorted nanoseconds, in milliseconds; NaN when there are none. */
    static double ms(long[] sortedNanos, double percentile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100 * sortedNanos.length) - 1;
        return sortedNanos[Math.clamp(index, 0, sortedNanos.length - 1)] / 1e6;
    }
}
