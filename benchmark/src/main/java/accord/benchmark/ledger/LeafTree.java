package accord.benchmark.ledger;

import accord.messages.ledger.MerkleHashes;
import accord.messages.ledger.MerkleProofs;
import accord.messages.ledger.NodeId;
import accord.messages.ledger.NodeReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The benchmark's own copy of the ledger's tree, from the leaf hashes it wrote: every perfect
 * subtree's hash, level by level, in memory (about 64 bytes a leaf). It answers the root of any
 * prefix of the ledger, so a consistency proof from any tree size can be checked, and it never
 * asks the service.
 */
final class LeafTree implements NodeReader {

    private static final int HASH = MerkleHashes.LENGTH;

    private final long size;
    private final byte[][] levels;

    private LeafTree(long size, byte[][] levels) {
        this.size = size;
        this.levels = levels;
    }

    /**
     * @param leafHashes the leaf hashes in position order, 32 bytes each
     * @param size how many leaves
     * @return the tree, built on this thread (RFC 9162 §2.1.1: {@code SHA-256(0x01 || left || right)})
     */
    static LeafTree of(byte[] leafHashes, int size) {
        int height = 64 - Long.numberOfLeadingZeros(size);
        byte[][] levels = new byte[height][];
        levels[0] = leafHashes;
        MessageDigest digest = sha256();
        for (int level = 1; level < height; level++) {
            byte[] below = levels[level - 1];
            int count = size >> level;
            byte[] hashes = new byte[count * HASH];
            for (int i = 0; i < count; i++) {
                digest.update((byte) 0x01);
                digest.update(below, 2 * i * HASH, 2 * HASH);
                try {
                    digest.digest(hashes, i * HASH, HASH);
                } catch (java.security.DigestException e) {
                    throw new IllegalStateException(e);
                }
            }
            levels[level] = hashes;
        }
        return new LeafTree(size, levels);
    }

    long size() {
        return size;
    }

    byte[] leafHash(long position) {
        return hash(new NodeId(0, position));
    }

    /** @return the root of the tree of the first {@code treeSize} leaves */
    byte[] root(long treeSize) {
        if (treeSize > size) {
            throw new IllegalArgumentException("the benchmark wrote only " + size + " leaves");
        }
        return MerkleProofs.root(treeSize, this);
    }

    @Override
    public byte[] hash(NodeId node) {
        if (node.level() >= levels.length || node.index() >= size >> node.level()) {
            throw new IllegalArgumentException(node + " is not a complete subtree of " + size + " leaves");
        }
        int from = (int) node.index() * HASH;
        return Arrays.copyOfRange(levels[node.level()], from, from + HASH);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
