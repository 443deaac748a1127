package accord.http.admin;

import java.util.List;

/**
 * The dead letters of one sequence: the failed event and every later event of the same sequence
 * (the same agreement) held back behind it, in order.
 *
 * @param sequenceId the sequence's identifier, as the dead-letter queue keeps it
 * @param letters    its letters, oldest first
 */
public record DeadLetterSequence(String sequenceId, List<DeadLetterEntry> letters) {
}
