package accord.messages.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Roots, inclusion proofs and consistency proofs of RFC 9162 §2.1, computed from the stored hashes
 * of perfect subtrees.
 *
 * <p>Every subtree hash a proof contains is either a perfect subtree or a subtree on the right
 * edge of the tree, and a right-edge subtree is the hash of the perfect subtrees it decomposes
 * into. So each proof is first planned as lists of {@link NodeId}s (the {@code *Nodes} methods
 * list them all, for one batched read) and then hashed.
 *
 * <p>Generation throws {@link IllegalArgumentException} on arguments outside the tree;
 * verification never throws and answers false for anything malformed.
 */
public final class MerkleProofs {

    private MerkleProofs() {
    }

    /**
     * @param treeSize the number of leaves, at least 0
     * @return the perfect subtrees, left to right and so largest first, whose hashes make up the
     *     root of a tree of that size; one per set bit of {@code treeSize}
     */
    public static List<NodeId> rootNodes(long treeSize) {
        requireSize(treeSize);
        return rangeNodes(0, treeSize);
    }

    /**
     * @param treeSize the number of leaves, at least 0
     * @param nodes where the hashes of {@link #rootNodes(long)} are read
     * @return the tree's root hash; {@link MerkleHashes#emptyRoot()} for the empty tree
     */
    public static byte[] root(long treeSize, NodeReader nodes) {
        requireSize(treeSize);
        return treeSize == 0 ? MerkleHashes.emptyRoot() : rangeHash(rootNodes(treeSize), nodes);
    }

    /**
     * @param index the leaf's position, {@code 0 <= index < treeSize}
     * @param treeSize the number of leaves in the tree the proof is for
     * @return every perfect subtree the audit path needs, without repeats
     */
    public static List<NodeId> inclusionNodes(long index, long treeSize) {
        return distinct(inclusionPlan(index, treeSize));
    }

    /**
     * @param index the leaf's position, {@code 0 <= index < treeSize}
     * @param treeSize the number of leaves in the tree the proof is for
     * @param nodes where the hashes of {@link #inclusionNodes(long, long)} are read
     * @return the audit path of RFC 9162 §2.1.3.1, nearest the leaf first
     */
    public static List<byte[]> inclusion(long index, long treeSize, NodeReader nodes) {
        return hashes(inclusionPlan(index, treeSize), nodes);
    }

    /**
     * @param from the size of the older tree, {@code 1 <= from <= to}
     * @param to the size of the newer tree
     * @return every perfect subtree the consistency proof needs, without repeats
     */
    public static List<NodeId> consistencyNodes(long from, long to) {
        return distinct(consistencyPlan(from, to));
    }

    /**
     * @param from the size of the older tree, {@code 1 <= from <= to}
     * @param to the size of the newer tree
     * @param nodes where the hashes of {@link #consistencyNodes(long, long)} are read
     * @return the consistency proof of RFC 9162 §2.1.4.1; empty when {@code from == to}
     */
    public static List<byte[]> consistency(long from, long to, NodeReader nodes) {
        return hashes(consistencyPlan(from, to), nodes);
    }

    /**
     * Checks an audit path with the algorithm of RFC 9162 §2.1.3.2.
     *
     * @param index the leaf's position
     * @param treeSize the size of the tree whose root is given
     * @param leafHash the hash of the leaf
     * @param auditPath the audit path, nearest the leaf first
     * @param root the root of the tree of {@code treeSize} leaves
     * @return true only when the path proves the leaf hash at that position under that root
     */
    public static boolean verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> auditPath, byte[] root) {
        if (index < 0 || index >= treeSize || !isHash(leafHash) || !isHash(root) || !allHashes(auditPath)) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : auditPath) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHashes.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHashes.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /**
     * Checks a consistency proof with the algorithm of RFC 9162 §2.1.4.2. Equal sizes are
     * consistent when the proof is empty and the roots are equal; an older tree of size 0 is
     * outside the proofs this ledger serves and answers false.
     *
     * @param from the size of the older tree
     * @param to the size of the newer tree
     * @param proof the consistency proof
     * @param fromRoot the root of the older tree
     * @param toRoot the root of the newer tree
     * @return true only when the proof shows the older tree is a prefix of the newer one
     */
    public static boolean verifyConsistency(long from, long to, List<byte[]> proof, byte[] fromRoot, byte[] toRoot) {
        if (from < 1 || from > to || !isHash(fromRoot) || !isHash(toRoot) || !allHashes(proof)) {
            return false;
        }
        if (from == to) {
            return proof.isEmpty() && MessageDigest.isEqual(fromRoot, toRoot);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(from) == 1) {
            path.add(0, fromRoot);
        }
        long fn = from - 1;
        long sn = to - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashes.nodeHash(c, fr);
                sr = MerkleHashes.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHashes.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, fromRoot) && MessageDigest.isEqual(sr, toRoot);
    }

    /** PATH(m, D[0:n]) of RFC 9162 §2.1.3.1, walked from the root down and then turned leaf-first. */
    private static List<List<NodeId>> inclusionPlan(long index, long treeSize) {
        requireSize(treeSize);
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("position " + index + " is not in a tree of " + treeSize + " leaves");
        }
        List<List<NodeId>> siblings = new ArrayList<>();
        long lo = 0;
        long hi = treeSize;
        while (hi - lo > 1) {
            long k = largestPowerOfTwoBelow(hi - lo);
            if (index < lo + k) {
                siblings.add(rangeNodes(lo + k, hi));
                hi = lo + k;
            } else {
                siblings.add(rangeNodes(lo, lo + k));
                lo += k;
            }
        }
        Collections.reverse(siblings);
        return siblings;
    }

    /** SUBPROOF(m, D[0:n], true) of RFC 9162 §2.1.4.1, walked from the root down and then turned leaf-first. */
    private static List<List<NodeId>> consistencyPlan(long from, long to) {
        requireSize(to);
        if (from < 1 || from > to) {
            throw new IllegalArgumentException("no consistency proof from " + from + " to " + to + " leaves; it needs 1 <= from <= to");
        }
        List<List<NodeId>> parts = new ArrayList<>();
        long lo = 0;
        long hi = to;
        long m = from;
        boolean wholeOldTree = true;
        while (m != hi - lo) {
            long k = largestPowerOfTwoBelow(hi - lo);
            if (m <= k) {
                parts.add(rangeNodes(lo + k, hi));
                hi = lo + k;
            } else {
                parts.add(rangeNodes(lo, lo + k));
                m -= k;
                lo += k;
                wholeOldTree = false;
            }
        }
        if (!wholeOldTree) {
            parts.add(rangeNodes(lo, hi));
        }
        Collections.reverse(parts);
        return parts;
    }

    /**
     * The perfect subtrees covering {@code [start, end)}, largest first. Holds for the ranges
     * RFC 9162 recursion produces: {@code start} is a multiple of a power of two at least
     * {@code end - start}, so each set bit of the length is an aligned perfect subtree.
     */
    private static List<NodeId> rangeNodes(long start, long end) {
        List<NodeId> nodes = new ArrayList<>();
        long position = start;
        long length = end - start;
        for (int level = 62; level >= 0; level--) {
            if ((length & (1L << level)) != 0) {
                nodes.add(new NodeId(level, position >> level));
                position += 1L << level;
            }
        }
        return nodes;
    }

    /** MTH of a range: its perfect subtrees folded from the right, as the recursion of §2.1.1 does. */
    private static byte[] rangeHash(List<NodeId> range, NodeReader nodes) {
        byte[] hash = read(range.get(range.size() - 1), nodes);
        for (int i = range.size() - 2; i >= 0; i--) {
            hash = MerkleHashes.nodeHash(read(range.get(i), nodes), hash);
        }
        return hash;
    }

    private static byte[] read(NodeId node, NodeReader nodes) {
        byte[] hash = nodes.hash(node);
        if (!isHash(hash)) {
            throw new IllegalStateException("the hash read for " + node + " is not 32 bytes");
        }
        return hash;
    }

    private static List<byte[]> hashes(List<List<NodeId>> plan, NodeReader nodes) {
        List<byte[]> proof = new ArrayList<>(plan.size());
        for (List<NodeId> range : plan) {
            proof.add(rangeHash(range, nodes));
        }
        return proof;
    }

    private static List<NodeId> distinct(List<List<NodeId>> plan) {
        Set<NodeId> nodes = new LinkedHashSet<>();
        plan.forEach(nodes::addAll);
        return List.copyOf(nodes);
    }

    private static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static void requireSize(long treeSize) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("a tree cannot have " + treeSize + " leaves");
        }
    }

    private static boolean isHash(byte[] hash) {
        return hash != null && hash.length == MerkleHashes.LENGTH;
    }

    private static boolean allHashes(List<byte[]> path) {
        if (path == null) {
            return false;
        }
        for (byte[] hash : path) {
            if (!isHash(hash)) {
                return false;
            }
        }
        return true;
    }
}
