package accord.http.admin;

/**
 * How many dead letters a processing group holds.
 *
 * @param sequences sequences held back (one per agreement with a failed event)
 * @param letters   events in those sequences
 */
public record DeadLetterTally(long sequences, long letters) {
}
