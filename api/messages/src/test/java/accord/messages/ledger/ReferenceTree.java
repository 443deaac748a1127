package accord.messages.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9162 §2.1 written as literally as the RFC writes it (MTH, PATH, SUBPROOF over lists of leaf
 * hashes), to check the iterative code against. Slow and obviously right, on purpose.
 */
final class ReferenceTree {

    private final List<byte[]> leafHashes;
    private final Map<NodeId, byte[]> perfectNodes = new HashMap<>();

    ReferenceTree(List<byte[]> leafHashes) {
        this.leafHashes = List.copyOf(leafHashes);
    }

    /** A tree of {@code size} distinct leaves whose hashes are SHA-256(0x00 || "leaf i"). */
    static ReferenceTree ofSize(int size) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            hashes.add(MerkleHashes.leafHash(("leaf " + i).getBytes()));
        }
        return new ReferenceTree(hashes);
    }

    byte[] leafHash(int index) {
        return leafHashes.get(index);
    }

    /** Reads perfect subtrees of this tree, and only perfect subtrees. */
    NodeReader nodes() {
        return node -> {
            long end = node.start() + node.leafCount();
            if (end > leafHashes.size()) {
                throw new IllegalArgumentException(node + " is not complete in a tree of " + leafHashes.size());
            }
            return perfectNodes.computeIfAbsent(node, n -> mth(n.start(), end)).clone();
        };
    }

    byte[] root(int size) {
        return mth(0, size);
    }

    byte[] mth(long from, long to) {
        long n = to - from;
        if (n == 0) {
            try {
                return MessageDigest.getInstance("SHA-256").digest();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (n == 1) {
            return leafHashes.get((int) from);
        }
        long k = k(n);
        return MerkleHashes.nodeHash(mth(from, from + k), mth(from + k, to));
    }

    /** PATH(m, D[from:to]). */
    List<byte[]> path(long m, long from, long to) {
        long n = to - from;
        List<byte[]> path = new ArrayList<>();
        if (n <= 1) {
            return path;
        }
        long k = k(n);
        if (m < k) {
            path.addAll(path(m, from, from + k));
            path.add(mth(from + k, to));
        } else {
            path.addAll(path(m - k, from + k, to));
            path.add(mth(from, from + k));
        }
        return path;
    }

    /** SUBPROOF(m, D[from:to], b). */
    List<byte[]> subproof(long m, long from, long to, boolean b) {
        long n = to - from;
        List<byte[]> proof = new ArrayList<>();
        if (m == n) {
            if (!b) {
                proof.add(mth(from, to));
            }
            return proof;
        }
        long k = k(n);
        if (m <= k) {
            proof.addAll(subproof(m, from, from + k, b));
            proof.add(mth(from + k, to));
        } else {
            proof.addAll(subproof(m - k, from + k, to, false));
            proof.add(mth(from, from + k));
        }
        return proof;
    }

    /** The largest power of two smaller than n. */
    private static long k(long n) {
        long k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }
}
