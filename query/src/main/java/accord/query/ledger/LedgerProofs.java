package accord.query.ledger;

import accord.messages.ledger.MerkleProofs;
import accord.messages.ledger.NodeId;
import accord.messages.ledger.NodeReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Inclusion and consistency proofs (RFC 9162 §2.1.3, §2.1.4) from the stored subtree hashes:
 * each proof reads the few dozen hashes it needs, the leaf hash included, in one query, whatever
 * the ledger's size. Callers check the arguments against a signed tree size first.
 */
public class LedgerProofs {

    private final Ledger ledger;

    public LedgerProofs(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * @return the leaf hash recorded at {@code position}, as the tree was built from it, and its audit
     *         path in the tree of {@code treeSize} leaves
     */
    public InclusionPath inclusion(long position, long treeSize) {
        NodeId leaf = new NodeId(0, position);
        List<NodeId> needed = new ArrayList<>(MerkleProofs.inclusionNodes(position, treeSize));
        needed.add(leaf);
        NodeReader nodes = ledger.nodes(needed);
        return new InclusionPath(nodes.hash(leaf), MerkleProofs.inclusion(position, treeSize, nodes));
    }

    /** @return the proof that the tree of {@code from} leaves is a prefix of the tree of {@code to} leaves */
    public List<byte[]> consistency(long from, long to) {
        return MerkleProofs.consistency(from, to, ledger.nodes(MerkleProofs.consistencyNodes(from, to)));
    }

    /**
     * A leaf hash and its audit path.
     *
     * @param leafHash  the leaf hash
     * @param auditPath the audit path, from the leaf towards the root
     */
    public record InclusionPath(byte[] leafHash, List<byte[]> auditPath) {
    }
}
