package accord.command.ledger;

import accord.messages.ledger.Checkpoint;
import accord.messages.ledger.CompactRange;
import accord.messages.ledger.NodeId;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extends the stored Merkle tree over the leaves committed since the last checkpoint and signs a
 * checkpoint of the new tree (docs/ledger.md §3–4).
 *
 * <p>The {@code ledger_tree} row lock serializes signers, so with several nodes one signs and the
 * others find nothing left to do. The tree's perfect subtrees are stored as they complete, so a
 * proof never needs more than a few dozen stored hashes, whatever the size of the ledger.
 */
public class CheckpointSigner {

    private static final int FETCH = 10_000;
    private static final int NODE_BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SigningKey key;
    private final String origin;
    private final Clock clock;

    /**
     * @param jdbc         the ledger's database
     * @param transactions transactions on it
     * @param key          the signing key
     * @param origin       the checkpoint origin, which is also the key name
     * @param clock        when checkpoints are signed
     */
    public CheckpointSigner(JdbcTemplate jdbc, TransactionTemplate transactions, SigningKey key, String origin,
                            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.key = key;
        this.origin = origin;
        this.clock = clock;
    }

    /** @return the key checkpoints are signed with */
    public SigningKey key() {
        return key;
    }

    /**
     * Signs a checkpoint when the ledger has leaves no checkpoint covers yet, or when no checkpoint
     * exists at all (the empty tree is signed at first start).
     *
     * @return the tree size of the checkpoint signed, or empty when there was nothing to sign
     */
    public Optional<Long> signIfGrown() {
        return transactions.execute(status -> {
            long built = jdbc.queryForObject("select size from ledger_tree where id = 1 for update", Long.class);
            long head = jdbc.queryForObject("select size from ledger_head where id = 1", Long.class);
            if (head == built && signed(built)) {
                return Optional.empty();
            }
            CompactRange tree = extend(built, head);
            Checkpoint checkpoint = new Checkpoint(origin, head, tree.root());
            jdbc.update("insert into ledger_checkpoint (tree_size, root_hash, key_id, note, signed_at) values (?, ?, ?, ?, ?)",
                    head, checkpoint.rootHash(), key.noteKey().keyIdHex(), key.sign(checkpoint.body()),
                    Timestamp.from(clock.instant()));
            jdbc.update("update ledger_tree set size = ? where id = 1", head);
            return Optional.of(head);
        });
    }

    private boolean signed(long treeSize) {
        return !jdbc.queryForList("select 1 from ledger_checkpoint where tree_size = ?", Integer.class, treeSize).isEmpty();
    }

    private CompactRange extend(long built, long head) {
        CompactRange tree = CompactRange.of(built, this::storedNode);
        List<Object[]> nodes = new ArrayList<>();
        jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement(
                    "select leaf_hash from ledger_leaf where position >= ? and position < ? order by position");
            select.setLong(1, built);
            select.setLong(2, head);
            select.setFetchSize(FETCH);
            return select;
        }, rs -> {
            tree.append(rs.getBytes(1), (node, hash) -> nodes.add(new Object[] {node.level(), node.index(), hash}));
            if (nodes.size() >= NODE_BATCH) {
                storeNodes(nodes);
            }
        });
        storeNodes(nodes);
        if (tree.size() != head) {
            throw new IllegalStateException("The ledger holds " + tree.size() + " leaves where its head says " + head);
        }
        return tree;
    }

    private void storeNodes(List<Object[]> nodes) {
        if (!nodes.isEmpty()) {
            jdbc.batchUpdate("insert into ledger_node (level, idx, hash) values (?, ?, ?)", nodes);
            nodes.clear();
        }
    }

    private byte[] storedNode(NodeId node) {
        String sql = node.level() == 0
                ? "select leaf_hash from ledger_leaf where position = ?"
                : "select hash from ledger_node where level = " + node.level() + " and idx = ?";
        return jdbc.queryForObject(sql, byte[].class, node.index());
    }
}
