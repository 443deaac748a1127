package accord.benchmark.soak;

/**
 * The service's memory at one moment.
 *
 * @param seconds seconds since the load started
 * @param heapUsed bytes of heap in use ({@code jvm.memory.used}, area heap)
 * @param liveAfterGc bytes the old generation held after its last collection ({@code jvm.gc.live.data.size}); 0 before one
 * @param resident the process's resident set (VmRSS), bytes; -1 when unknown
 * @param threads live threads
 */
record MemorySample(double seconds, double heapUsed, double liveAfterGc, long resident, double threads) {
}
