package accord.http.ledger;

import java.util.List;

/**
 * That the leaf at a position is in the tree of a size (RFC 9162 §2.1.3).
 *
 * @param position  the leaf's position
 * @param treeSize  the tree's size
 * @param leafHash  the leaf hash, {@code SHA-256(0x00 || canonical bytes)}
 * @param auditPath the audit path, from the leaf towards the root
 */
public record InclusionProof(long position, long treeSize, byte[] leafHash, List<byte[]> auditPath) {
}
