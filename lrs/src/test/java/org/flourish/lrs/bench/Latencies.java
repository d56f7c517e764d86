package org.flourish.lrs.bench;

import java.util.Arrays;

/** Client-side latencies of one query kind, in nanoseconds, and their nearest-rank percentiles. */
final class Latencies {

    private final long[] nanos;
    private int count;

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long latency) {
        nanos[count++] = latency;
    }

    /** The nearest-rank percentile in milliseconds, e.g. {@code percentile(99)}. */
    double percentileMillis(double percent) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    double maxMillis() {
        return percentileMillis(100);
    }
}
