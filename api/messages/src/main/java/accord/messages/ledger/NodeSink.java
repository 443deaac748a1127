package accord.messages.ledger;

/** Receives the perfect subtrees an append completes, so they can be stored for later proofs. */
@FunctionalInterface
public interface NodeSink {

    /**
     * Called once for every perfect subtree the moment its last leaf is appended.
     *
     * @param node the completed subtree
     * @param hash its 32-byte hash
     */
    void completed(NodeId node, byte[] hash);
}
