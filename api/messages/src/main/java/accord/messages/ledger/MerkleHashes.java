package accord.messages.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashes of the ledger's Merkle tree (RFC 9162 §2.1.1). The 0x00 and 0x01 prefixes keep a
 * leaf from ever being mistaken for an interior node (second-preimage resistance).
 */
public final class MerkleHashes {

    /** The length in bytes of every hash in the tree (SHA-256). */
    public static final int LENGTH = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private MerkleHashes() {
    }

    /**
     * @param canonicalBytes the leaf's canonical bytes
     * @return {@code SHA-256(0x00 || canonicalBytes)}
     */
    public static byte[] leafHash(byte[] canonicalBytes) {
        MessageDigest digest = sha256();
        digest.update(LEAF_PREFIX);
        return digest.digest(canonicalBytes);
    }

    /**
     * @param left the hash of the left subtree
     * @param right the hash of the right subtree
     * @return {@code SHA-256(0x01 || left || right)}
     */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update(NODE_PREFIX);
        digest.update(left);
        return digest.digest(right);
    }

    /** @return the root of the empty tree, {@code SHA-256()} of no bytes */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
