package accord.messages.ledger;

import java.util.Arrays;

/**
 * A C2SP {@code tlog-checkpoint} body (docs/ledger.md §4): the tree of {@code treeSize} leaves
 * of the log {@code origin} has the root {@code rootHash}. Signed as a {@link SignedNote}.
 * Extension lines are not used.
 *
 * @param origin the log's name, e.g. {@code accord.example/ledger}
 * @param treeSize the number of leaves
 * @param rootHash the 32-byte root hash
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash) {

    /** Checks the three values can be written as the three lines of a body, and copies the root. */
    public Checkpoint {
        if (origin == null || origin.isEmpty() || origin.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("the origin must be one non-empty line");
        }
        if (treeSize < 0) {
            throw new IllegalArgumentException("a tree cannot have " + treeSize + " leaves");
        }
        if (rootHash == null || rootHash.length != MerkleHashes.LENGTH) {
            throw new IllegalArgumentException("a root hash is 32 bytes");
        }
        rootHash = rootHash.clone();
    }

    /** @return a copy of the root hash */
    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** @return the body the signature covers: {@code origin\nsize\nbase64(root)\n} */
    public String body() {
        return origin + "\n" + treeSize + "\n" + Base64Strict.encode(rootHash) + "\n";
    }

    /**
     * @param body exactly three lines, each ending in a newline: the origin, the tree size in
     *     decimal without leading zeros, and the root hash in padded base64
     * @return the checkpoint
     * @throws IllegalArgumentException when the body is not exactly that
     */
    public static Checkpoint parse(String body) {
        if (body == null || !body.endsWith("\n")) {
            throw new IllegalArgumentException("a checkpoint body ends with a newline");
        }
        String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
        if (lines.length != 3) {
            throw new IllegalArgumentException("a checkpoint body has exactly three lines, not " + lines.length);
        }
        String size = lines[1];
        if (!size.matches("0|[1-9][0-9]{0,18}")) {
            throw new IllegalArgumentException("the tree size '" + size + "' is not a decimal number without leading zeros");
        }
        long treeSize;
        try {
            treeSize = Long.parseLong(size);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the tree size " + size + " is too large", e);
        }
        return new Checkpoint(lines[0], treeSize, Base64Strict.decode(lines[2], "the root hash"));
    }

    /** @return true for a checkpoint with the same origin, size and root bytes */
    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && origin.equals(that.origin) && treeSize == that.treeSize
                && Arrays.equals(rootHash, that.rootHash);
    }

    /** @return a hash code over the origin, size and root bytes */
    @Override
    public int hashCode() {
        return 31 * (31 * origin.hashCode() + Long.hashCode(treeSize)) + Arrays.hashCode(rootHash);
    }

    /** @return the checkpoint with its root in base64 */
    @Override
    public String toString() {
        return "Checkpoint[origin=" + origin + ", treeSize=" + treeSize + ", rootHash=" + Base64Strict.encode(rootHash) + "]";
    }
}
