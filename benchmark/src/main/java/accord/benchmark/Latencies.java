package accord.benchmark;

import java.util.Arrays;

/**
 * Every latency of a run in nanoseconds, kept exactly: a run records at most a few hundred
 * thousand commands, so sorting them is cheaper than a histogram dependency and has no
 * bucket error.
 */
public final class Latencies {

    private long[] values = new long[1 << 14];
    private int size;

    public void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    public int count() {
        return size;
    }

    /**
     * The nearest-rank percentile: the smallest recorded value that at least {@code percent}
     * of the values do not exceed.
     */
    public double percentileMillis(double percent) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * size);
        return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
    }
}
