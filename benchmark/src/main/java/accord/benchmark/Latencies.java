package accord.benchmark;

import java.util.Arrays;

/**
 * Every latency of a run in nanoseconds, kept exactly: a run records at most a few hundred
 * thousand, so sorting them is cheaper than a histogram dependency and has no bucket error.
 * Safe to add to from several threads (answers that arrive on the HTTP client's threads).
 */
public final class Latencies {

    private long[] values = new long[1 << 10];
    private int size;

    public synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public void addAll(Latencies other) {
        for (long value : other.sorted()) {
            add(value);
        }
    }

    public synchronized int count() {
        return size;
    }

    /**
     * The nearest-rank percentile: the smallest recorded value that at least {@code percent}
     * of the values do not exceed.
     */
    public double percentileMillis(double percent) {
        long[] sorted = sorted();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
    }

    private long[] sorted() {
        long[] sorted;
        synchronized (this) {
            sorted = Arrays.copyOf(values, size);
        }
        Arrays.sort(sorted);
        return sorted;
    }
}
