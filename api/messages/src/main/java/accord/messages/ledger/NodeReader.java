package accord.messages.ledger;

/** Where proof and root computations read the hashes of perfect subtrees from (a table, a map). */
@FunctionalInterface
public interface NodeReader {

    /**
     * @param node a perfect subtree of a tree that already has all of its leaves
     * @return its 32-byte hash; never null (a reader that lacks it throws)
     */
    byte[] hash(NodeId node);
}
