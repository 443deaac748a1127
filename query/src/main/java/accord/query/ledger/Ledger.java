package accord.query.ledger;

import accord.messages.ledger.LeafRecord;
import accord.messages.ledger.NodeId;
import accord.messages.ledger.NodeReader;
import java.sql.PreparedStatement;
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
import org.springframework.jdbc.core.RowCallbackHandler;

/** Reads the ledger's tables: its size, leaves, stored subtree hashes and checkpoints. */
public class Ledger {

    private static final String NODES_ON_POSTGRESQL = "select 0 as level, position as idx, leaf_hash as hash "
            + "from ledger_leaf where position = any(?) union all "
            + "select n.level, n.idx, n.hash from ledger_node n join unnest(?, ?) as wanted(level, idx) "
            + "on n.level = wanted.level and n.idx = wanted.idx";

    private final JdbcTemplate jdbc;
    private final boolean postgreSql;

    /**
     * @param jdbc       the ledger's database
     * @param postgreSql whether it is PostgreSQL (else H2)
     */
    public Ledger(JdbcTemplate jdbc, boolean postgreSql) {
        this.jdbc = jdbc;
        this.postgreSql = postgreSql;
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
     * Reads the stored hashes of these perfect subtrees in one query: on PostgreSQL one statement
     * for any number of them (arrays), so it is planned once; on H2 one condition per subtree.
     *
     * @param ids the subtrees; all must lie within the stored tree
     * @return a reader over exactly these hashes
     */
    public NodeReader nodes(Collection<NodeId> ids) {
        List<Long> leaves = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        List<Long> indexes = new ArrayList<>();
        for (NodeId id : new LinkedHashSet<>(ids)) {
            if (id.level() == 0) {
                leaves.add(id.index());
            } else {
                levels.add(id.level());
                indexes.add(id.index());
            }
        }
        Map<NodeId, byte[]> hashes = new HashMap<>();
        RowCallbackHandler collect = rs -> {
            hashes.put(new NodeId(rs.getInt(1), rs.getLong(2)), rs.getBytes(3));
        };
        if (postgreSql) {
            jdbc.query(connection -> {
                PreparedStatement select = connection.prepareStatement(NODES_ON_POSTGRESQL);
                select.setArray(1, connection.createArrayOf("bigint", leaves.toArray()));
                select.setArray(2, connection.createArrayOf("integer", levels.toArray()));
                select.setArray(3, connection.createArrayOf("bigint", indexes.toArray()));
                return select;
            }, collect);
        } else {
            List<String> selects = new ArrayList<>(2);
            List<Object> arguments = new ArrayList<>(leaves);
            if (!leaves.isEmpty()) {
                selects.add("select 0 as level, position as idx, leaf_hash as hash from ledger_leaf where position in ("
                        + String.join(",", Collections.nCopies(leaves.size(), "?")) + ")");
            }
            if (!levels.isEmpty()) {
                selects.add("select level, idx, hash from ledger_node where "
                        + String.join(" or ", Collections.nCopies(levels.size(), "(level = ? and idx = ?)")));
                for (int i = 0; i < levels.size(); i++) {
                    arguments.add(levels.get(i));
                    arguments.add(indexes.get(i));
                }
            }
            if (!selects.isEmpty()) {
                jdbc.query(String.join(" union all ", selects), collect, arguments.toArray());
            }
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
