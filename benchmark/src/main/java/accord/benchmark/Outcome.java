package accord.benchmark;

/** How one command ended, as the benchmark counts it. */
enum Outcome {
    /** Recorded: counted in the throughput and the latencies. */
    RECORDED,
    /** Lost an optimistic-concurrency race on its stream: counted apart, not an error. */
    CONFLICTED
}
