package accord.messages.ledger;

/**
 * A perfect subtree of the ledger's tree: the {@code 2^level} leaves at positions
 * {@code [index * 2^level, (index + 1) * 2^level)}. Level 0 is a single leaf hash. Because a
 * perfect subtree never changes once its last leaf exists, its hash can be stored and reused.
 *
 * @param level the height of the subtree, 0 for a leaf (at most 62)
 * @param index the subtree's place among the subtrees of its level, from 0
 */
public record NodeId(int level, long index) {

    /** Checks the node lies inside the positions a {@code long} can count. */
    public NodeId {
        if (level < 0 || level > 62) {
            throw new IllegalArgumentException("level " + level + " is outside 0..62");
        }
        if (index < 0 || index > (Long.MAX_VALUE >> level)) {
            throw new IllegalArgumentException("index " + index + " is outside the tree at level " + level);
        }
    }

    /** @return the position of the first leaf this subtree covers */
    public long start() {
        return index << level;
    }

    /** @return how many leaves this subtree covers, {@code 2^level} */
    public long leafCount() {
        return 1L << level;
    }
}
