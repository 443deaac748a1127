package accord.http.ledger;

import accord.query.ledger.SignedCheckpoint;
import java.util.List;

/**
 * Signed checkpoints in ascending tree size.
 *
 * @param checkpoints this page
 * @param next        the {@code after} of the next page, or null on the last
 */
public record CheckpointPage(List<SignedCheckpoint> checkpoints, Long next) {
}
