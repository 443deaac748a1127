package accord.query.ledger;

import accord.messages.ledger.LeafRecord;
import accord.messages.ledger.NodeId;
import accord.messages.ledger.NodeReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the ledger's tables: its size, leaves, stored subtree hashes and checkpoints. */
public class Ledger {

    private final JdbcTemplate jdbc;

    public Ledger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the number of committed leaves */
    public long size() {
        return jdbc.queryForObject("select size from ledger_head where id = 1", Long.class);
    }

    /** @return the latest checkpoint, or empty before the first one is signed */
    public Optional<SignedCheckpoint> latestCheckpoint() {
        return jdbc.query("select * from ledger_checkpoint order by tree_size desc limit 1", Ledger::checkpoint)
                .stream().findFirst();
    }

    /**
     * @param after only checkpoints of a larger tree; -1 for all
     * @param limit at most this many
     * @return checkpoints in ascending tree size
     */
    public List<SignedCheckpoint> checkpoints(long after, int limit) {
        return jdbc.query("select * from ledger_checkpoint where tree_size > ? order by tree_size limit ?",
                Ledger::checkpoint, after, limit);
    }

    /** @return the leaf at this position, recomputed from its event, or empty when there is none */
    public Optional<LeafRecord> leaf(long position) {
        return jdbc.query("select " + StoredEvent.COLUMNS + " from ledger_leaf l join domain_event_entry e "
                        + "on e.event_identifier = l.event_identifier where l.position = ?",
                (rs, row) -> StoredEvent.read(rs).leaf(), position).stream().findFirst();
    }

    /** @return the ledger position of the agreement's last event, or empty when it has none */
    public Optional<Long> lastPositionOf(String agreementId) {
        return Optional.ofNullable(jdbc.queryForObject("select max(l.position) from domain_event_entry e "
                + "join ledger_leaf l on l.event_identifier = e.event_identifier where e.aggregate_identifier = ?",
                Long.class, agreementId));
    }

    /** @return the agreement's events with their positions, in version order */
    List<StoredEvent> eventsOf(String agreementId) {
        return jdbc.query("select " + StoredEvent.COLUMNS + " from domain_event_entry e join ledger_leaf l "
                        + "on l.event_identifier = e.event_identifier where e.aggregate_identifier = ? "
                        + "order by e.sequence_number",
                (rs, row) -> StoredEvent.read(rs), agreementId);
    }

    /**
     * Reads the stored hashes of these perfect subtrees in one query.
     *
     * @param ids the subtrees; all must lie within the stored tree
     * @return a reader over exactly these hashes
     */
    public NodeReader nodes(Collection<NodeId> ids) {
        Map<NodeId, byte[]> hashes = new HashMap<>();
        List<Object> leaves = new ArrayList<>();
        List<Object> inner = new ArrayList<>();
        StringBuilder innerWhere = new StringBuilder();
        for (NodeId id : new LinkedHashSet<>(ids)) {
            if (id.level() == 0) {
                leaves.add(id.index());
            } else {
                innerWhere.append(innerWhere.isEmpty() ? "" : " or ").append("(level = ? and idx = ?)");
                inner.add(id.level());
                inner.add(id.index());
            }
        }
        List<String> selects = new ArrayList<>(2);
        if (!leaves.isEmpty()) {
            selects.add("select 0 as level, position as idx, leaf_hash as hash from ledger_leaf where position in ("
                    + String.join(",", Collections.nCopies(leaves.size(), "?")) + ")");
        }
        if (!inner.isEmpty()) {
            selects.add("select level, idx, hash from ledger_node where " + innerWhere);
        }
        if (!selects.isEmpty()) {
            List<Object> arguments = new ArrayList<>(leaves);
            arguments.addAll(inner);
            jdbc.query(String.join(" union all ", selects), rs -> {
                hashes.put(new NodeId(rs.getInt(1), rs.getLong(2)), rs.getBytes(3));
            }, arguments.toArray());
        }
        return id -> {
            byte[] hash = hashes.get(id);
            if (hash == null) {
                throw new IllegalStateException("The ledger has no stored hash for " + id);
            }
            return hash;
        };
    }

    private static SignedCheckpoint checkpoint(ResultSet rs, int row) throws SQLException {
        return new SignedCheckpoint(rs.getLong("tree_size"), rs.getBytes("root_hash"), rs.getString("key_id"),
                rs.getTimestamp("signed_at").toInstant(), rs.getString("note"));
    }
}
