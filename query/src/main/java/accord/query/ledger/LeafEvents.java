package accord.query.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGStatement;

/**
 * Reads every leaf in position order with the event it was computed from, for the self-audit.
 *
 * <p>Joining the two tables makes the database look up each event by its identifier, about three
 * times slower than scanning both. So the leaves are scanned in position order and the events in
 * Axon's order, which commit order follows closely, on two connections; an event read ahead of its
 * leaf waits in a window of {@link #WINDOW} rows, and one outside the window is looked up alone.
 * Events left over at the end have no leaf: each is looked up again, since an event appended while
 * the scans ran has its leaf by then.
 */
final class LeafEvents {

    /** How many events may be read ahead of their leaves. */
    static final int WINDOW = 20_000;

    private static final int FETCH = 8_192;
    private static final String EVENT_COLUMNS = "event_identifier, aggregate_identifier, sequence_number, "
            + "payload_type, payload_revision, time_stamp, payload, meta_data";

    private final DataSource dataSource;

    LeafEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param leaves receives every leaf in position order, with its event's columns, or with a null
     *               event identifier when its event is gone
     * @return the identifiers of events that have no leaf, oldest first
     */
    List<String> scan(Consumer<StoredEvent> leaves) throws SQLException {
        try (Connection leafConnection = dataSource.getConnection();
             Connection eventConnection = dataSource.getConnection()) {
            leafConnection.setAutoCommit(false);
            eventConnection.setAutoCommit(false);
            try {
                long lastEvent = lastGlobalIndex(eventConnection);
                try (PreparedStatement leafSelect = leafConnection.prepareStatement(
                             "select position, event_identifier, leaf_hash from ledger_leaf order by position");
                     PreparedStatement eventSelect = eventConnection.prepareStatement("select " + EVENT_COLUMNS
                             + " from domain_event_entry where global_index <= ? order by global_index")) {
                    leafSelect.setFetchSize(FETCH);
                    eventSelect.setFetchSize(FETCH);
                    inBinary(leafSelect);
                    inBinary(eventSelect);
                    eventSelect.setLong(1, lastEvent);
                    try (ResultSet leafRows = leafSelect.executeQuery(); ResultSet eventRows = eventSelect.executeQuery()) {
                        Merge merge = new Merge(eventRows, leafConnection);
                        while (leafRows.next()) {
                            leaves.accept(merge.withEvent(leafRows.getLong(1), leafRows.getString(2), leafRows.getBytes(3)));
                        }
                        return merge.eventsWithoutLeaves();
                    }
                }
            } finally {
                leafConnection.rollback();
                eventConnection.rollback();
            }
        }
    }

    /**
     * PostgreSQL's driver receives {@code bytea} as hex text unless a statement is prepared on the
     * server, and decoding it costs a few microseconds a row; a negative prepare threshold makes it
     * transfer in binary from the first execution.
     */
    static void inBinary(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
        }
    }

    private static long lastGlobalIndex(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select coalesce(max(global_index), 0) from domain_event_entry");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Pairs leaves with the events of one scan. */
    private static final class Merge {

        private final ResultSet events;
        private final Connection lookups;
        private final Map<String, StoredEvent> ahead = new HashMap<>();
        private final Set<String> lookedUp = new HashSet<>();
        private boolean exhausted;

        Merge(ResultSet events, Connection lookups) {
            this.events = events;
            this.lookups = lookups;
        }

        StoredEvent withEvent(long position, String eventId, byte[] leafHash) throws SQLException {
            StoredEvent event = ahead.remove(eventId);
            if (event != null) {
                event = event.at(position, leafHash);
            }
            while (event == null && !exhausted && ahead.size() < WINDOW) {
                if (!events.next()) {
                    exhausted = true;
                } else if (events.getString(1).equals(eventId)) {
                    event = read(events, position, leafHash);
                } else if (!lookedUp.contains(events.getString(1))) {
                    StoredEvent early = read(events, -1, null);
                    ahead.put(early.eventId(), early);
                }
            }
            if (event == null) {
                event = lookUp(position, eventId, leafHash);
                lookedUp.add(eventId);
            }
            return event;
        }

        List<String> eventsWithoutLeaves() throws SQLException {
            List<String> candidates = new ArrayList<>(ahead.keySet());
            while (events.next()) {
                String eventId = events.getString(1);
                if (!lookedUp.contains(eventId)) {
                    candidates.add(eventId);
                }
            }
            List<String> without = new ArrayList<>();
            try (PreparedStatement hasLeaf = lookups.prepareStatement(
                    "select 1 from ledger_leaf where event_identifier = ?")) {
                for (String eventId : candidates) {
                    hasLeaf.setString(1, eventId);
                    try (ResultSet rs = hasLeaf.executeQuery()) {
                        if (!rs.next()) {
                            without.add(eventId);
                        }
                    }
                }
            }
            return without;
        }

        private StoredEvent lookUp(long position, String eventId, byte[] leafHash) throws SQLException {
            try (PreparedStatement select = lookups.prepareStatement(
                    "select " + EVENT_COLUMNS + " from domain_event_entry where event_identifier = ?")) {
                select.setString(1, eventId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next()
                            ? read(rs, position, leafHash)
                            : new StoredEvent(position, leafHash, null, null, 0, null, null, null, null, null);
                }
            }
        }

        private static StoredEvent read(ResultSet rs, long position, byte[] leafHash) throws SQLException {
            return new StoredEvent(position, leafHash, rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getBytes(7), rs.getBytes(8));
        }
    }
}
