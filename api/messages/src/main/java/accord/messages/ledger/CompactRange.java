package accord.messages.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * A tree being built one leaf at a time, holding only the hashes of its {@link
 * MerkleProofs#rootNodes(long) root nodes} (at most 63). Appending a leaf merges equal-sized
 * subtrees like carrying in binary addition, and reports each perfect subtree it completes so it
 * can be stored for proofs. Mutable and not thread-safe.
 */
public final class CompactRange {

    private final List<NodeId> ids = new ArrayList<>();
    private final List<byte[]> hashes = new ArrayList<>();
    private long size;

    private CompactRange() {
    }

    /** @return a range over the empty tree */
    public static CompactRange empty() {
        return new CompactRange();
    }

    /**
     * @param size the number of leaves the existing tree has
     * @param nodes where the hashes of that tree's {@link MerkleProofs#rootNodes(long) root nodes} are read
     * @return a range that continues that tree
     */
    public static CompactRange of(long size, NodeReader nodes) {
        CompactRange range = new CompactRange();
        for (NodeId node : MerkleProofs.rootNodes(size)) {
            byte[] hash = nodes.hash(node);
            if (hash == null || hash.length != MerkleHashes.LENGTH) {
                throw new IllegalStateException("the hash read for " + node + " is not 32 bytes");
            }
            range.ids.add(node);
            range.hashes.add(hash.clone());
        }
        range.size = size;
        return range;
    }

    /**
     * Appends the next leaf at position {@link #size()}.
     *
     * @param leafHash the 32-byte hash of the new leaf
     * @param sink told about every perfect subtree of level 1 or more this leaf completes, lowest
     *     level first (the leaf itself, level 0, is not reported)
     */
    public void append(byte[] leafHash, NodeSink sink) {
        if (leafHash == null || leafHash.length != MerkleHashes.LENGTH) {
            throw new IllegalArgumentException("a leaf hash is 32 bytes");
        }
        if (size == Long.MAX_VALUE) {
            throw new IllegalStateException("the tree is full");
        }
        NodeId node = new NodeId(0, size);
        byte[] hash = leafHash.clone();
        while (!ids.isEmpty() && ids.get(ids.size() - 1).level() == node.level()) {
            int last = ids.size() - 1;
            NodeId left = ids.remove(last);
            byte[] leftHash = hashes.remove(last);
            node = new NodeId(node.level() + 1, left.index() >> 1);
            hash = MerkleHashes.nodeHash(leftHash, hash);
            sink.completed(node, hash.clone());
        }
        ids.add(node);
        hashes.add(hash);
        size++;
    }

    /** @return the root hash of the tree built so far; {@link MerkleHashes#emptyRoot()} when empty */
    public byte[] root() {
        if (hashes.isEmpty()) {
            return MerkleHashes.emptyRoot();
        }
        byte[] root = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            root = MerkleHashes.nodeHash(hashes.get(i), root);
        }
        return root.clone();
    }

    /** @return the number of leaves appended so far, including those of the tree it started from */
    public long size() {
        return size;
    }
}
