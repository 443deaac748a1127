package accord.http.admin;

/**
 * How far a replay has come, as far as Axon knows it.
 *
 * @param position      the lowest position the replaying segments have reached
 * @param resetPosition the position the processor had reached when it was reset: the replay ends there
 * @param percent       position against reset position, 0 to 100
 */
public record ReplayProgress(long position, long resetPosition, double percent) {
}
