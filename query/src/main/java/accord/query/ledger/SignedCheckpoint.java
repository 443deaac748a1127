package accord.query.ledger;

import java.time.Instant;

/**
 * A checkpoint as the ledger keeps it.
 *
 * @param treeSize the number of leaves it covers
 * @param rootHash the root of the tree of that size
 * @param keyId    the id of the key that signed it (8 hex digits)
 * @param signedAt when it was signed
 * @param note     the signed note (docs/ledger.md §4)
 */
public record SignedCheckpoint(long treeSize, byte[] rootHash, String keyId, Instant signedAt, String note) {
}
