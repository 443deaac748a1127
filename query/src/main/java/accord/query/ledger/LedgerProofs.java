package accord.query.ledger;

import accord.messages.ledger.MerkleProofs;
import accord.messages.ledger.NodeId;
import java.util.List;

/**
 * Inclusion and consistency proofs (RFC 9162 §2.1.3, §2.1.4) from the stored subtree hashes:
 * each proof reads the few dozen hashes it needs in one round trip, whatever the ledger's size.
 * Callers check the arguments against a signed tree size first.
 */
public class LedgerProofs {

    private final Ledger ledger;

    public LedgerProofs(Ledger ledger) {
        this.ledger = ledger;
    }

    /** @return the leaf hash recorded at this position, as the tree was built from it */
    public byte[] leafHash(long position) {
        NodeId leaf = new NodeId(0, position);
        return ledger.nodes(List.of(leaf)).hash(leaf);
    }

    /** @return the audit path of the leaf at {@code position} in the tree of {@code treeSize} leaves */
    public List<byte[]> inclusion(long position, long treeSize) {
        return MerkleProofs.inclusion(position, treeSize,
                ledger.nodes(MerkleProofs.inclusionNodes(position, treeSize)));
    }

    /** @return the proof that the tree of {@code from} leaves is a prefix of the tree of {@code to} leaves */
    public List<byte[]> consistency(long from, long to) {
        return MerkleProofs.consistency(from, to, ledger.nodes(MerkleProofs.consistencyNodes(from, to)));
    }
}
