package accord.benchmark;

import java.time.Duration;
import java.util.List;

/**
 * What one side of the benchmark measured after its warm-up.
 *
 * @param name which side: the service or the JDBC baseline
 * @param clients concurrent clients
 * @param duration the measured window
 * @param recorded commands recorded within the window
 * @param p50Millis median latency of the recorded commands
 * @param p99Millis 99th percentile latency of the recorded commands
 * @param conflicts commands that lost a concurrency race within the window
 * @param errors commands that failed otherwise, over the whole run including warm-up
 * @param firstErrors the first few errors' descriptions
 * @param cpu who used the CPU during the measured window
 */
record Measurement(
        String name,
        int clients,
        Duration duration,
        long recorded,
        double p50Millis,
        double p99Millis,
        long conflicts,
        long errors,
        List<String> firstErrors,
        CpuUse cpu) {

    double commandsPerSecond() {
        return recorded / (duration.toNanos() / 1e9);
    }

    /** @return milliseconds of CPU per recorded command, or NaN when unknown or nothing was recorded */
    double cpuMillisPerCommand(long nanos) {
        return nanos < 0 || recorded == 0 ? Double.NaN : nanos / 1e6 / recorded;
    }

    /** @return how many cores were busy on average during the window, or NaN when unknown */
    double cores(long nanos) {
        return nanos < 0 ? Double.NaN : (double) nanos / duration.toNanos();
    }
}
