package accord.http.ledger;

import java.util.List;

/**
 * That the tree of {@code from} leaves is a prefix of the tree of {@code to} leaves (RFC 9162 §2.1.4).
 *
 * @param from  the smaller tree's size
 * @param to    the larger tree's size
 * @param proof the consistency proof
 */
public record ConsistencyProof(long from, long to, List<byte[]> proof) {
}
