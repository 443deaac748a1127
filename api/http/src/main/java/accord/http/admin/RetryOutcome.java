package accord.http.admin;

/**
 * What retrying dead letters did.
 *
 * @param processed sequences handled successfully and removed from the queue
 * @param failed    sequences tried that failed again and stay in the queue
 * @param remaining dead letters still in the queue
 */
public record RetryOutcome(int processed, int failed, DeadLetterTally remaining) {
}
