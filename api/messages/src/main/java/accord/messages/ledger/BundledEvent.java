package accord.messages.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One event of an {@link AuditBundle} (docs/ledger.md §6): its leaf and the audit path that proves
 * the leaf is in the tree of the bundle's checkpoint. Nothing here is trusted; the values are what
 * a bundle claims, and {@code accord.messages.ledger.verifier.BundleVerifier} judges them.
 *
 * @param position the event's ledger position, as the bundle claims it
 * @param version the event's sequence number within its agreement, as the bundle claims it
 * @param leaf the leaf's canonical bytes, as a string (UTF-8 decoded)
 * @param leafHash the leaf hash the bundle claims, {@code SHA-256(0x00 || UTF-8(leaf))}
 * @param auditPath the RFC 9162 audit path from the leaf to the checkpoint's root, nearest the leaf first
 */
public record BundledEvent(long position, long version, String leaf, byte[] leafHash, List<byte[]> auditPath) {

    /** Requires every value to be present, and copies the hashes so the event cannot change later. */
    public BundledEvent {
        if (leaf == null) {
            throw new IllegalArgumentException("a bundled event has a leaf");
        }
        if (leafHash == null) {
            throw new IllegalArgumentException("a bundled event has a leaf hash");
        }
        if (auditPath == null) {
            throw new IllegalArgumentException("a bundled event has an audit path, possibly empty");
        }
        leafHash = leafHash.clone();
        auditPath = copy(auditPath);
    }

    /** @return a copy of the leaf hash */
    @Override
    public byte[] leafHash() {
        return leafHash.clone();
    }

    /** @return a copy of the audit path, nearest the leaf first */
    @Override
    public List<byte[]> auditPath() {
        return copy(auditPath);
    }

    /** @return true for an event with the same position, version, leaf and hash bytes */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof BundledEvent that) || position != that.position || version != that.version
                || !leaf.equals(that.leaf) || !Arrays.equals(leafHash, that.leafHash)
                || auditPath.size() != that.auditPath.size()) {
            return false;
        }
        for (int i = 0; i < auditPath.size(); i++) {
            if (!Arrays.equals(auditPath.get(i), that.auditPath.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return a hash code over the position, version, leaf and hash bytes */
    @Override
    public int hashCode() {
        int hash = 31 * (31 * Long.hashCode(position) + Long.hashCode(version)) + leaf.hashCode();
        hash = 31 * hash + Arrays.hashCode(leafHash);
        for (byte[] node : auditPath) {
            hash = 31 * hash + Arrays.hashCode(node);
        }
        return hash;
    }

    /** @return the position, version, leaf hash and path length, for logs (the leaf can be long) */
    @Override
    public String toString() {
        return "BundledEvent[position=" + position + ", version=" + version + ", leafHash="
                + Base64Strict.encode(leafHash) + ", auditPath=" + auditPath.size() + " hashes]";
    }

    private static List<byte[]> copy(List<byte[]> hashes) {
        List<byte[]> copies = new ArrayList<>(hashes.size());
        for (byte[] hash : hashes) {
            if (hash == null) {
                throw new IllegalArgumentException("an audit path has no missing hashes");
            }
            copies.add(hash.clone());
        }
        return List.copyOf(copies);
    }
}
