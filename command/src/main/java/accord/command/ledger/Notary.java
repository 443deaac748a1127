package accord.command.ledger;

import accord.messages.ledger.LeafRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives every appended event its ledger position and its leaf, inside the transaction that
 * appends the event.
 *
 * <p>Positions come from the single {@code ledger_head} row. Its row lock is taken after the
 * events are inserted and held until the transaction ends, so transactions receive positions in
 * the order they commit, one at a time, and a transaction that rolls back takes its positions
 * and leaves with it: the ledger has no gaps and follows commit order, on any number of nodes.
 * Leaves are computed from the rows as stored ({@link LeafRecord#fromStored}), the same function
 * the self-audit uses, so a leaf commits to exactly what the event table holds.
 */
public class Notary {

    private final JdbcTemplate jdbc;

    public Notary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the leaves of events just inserted in the current transaction.
     *
     * @param events the appended events, in append order
     * @return the position given to the first of them
     */
    public long notarise(List<? extends EventMessage<?>> events) {
        if (events.isEmpty()) {
            return -1;
        }
        Map<String, StoredEvent> stored = stored(events);
        long first = jdbc.queryForObject("select size from ledger_head where id = 1 for update", Long.class);
        List<Object[]> leaves = new ArrayList<>(events.size());
        long position = first;
        for (EventMessage<?> event : events) {
            StoredEvent row = stored.get(event.getIdentifier());
            if (row == null) {
                throw new IllegalStateException("Event " + event.getIdentifier() + " was appended but is not in the event table");
            }
            leaves.add(new Object[] {position, row.eventId(), row.leaf(position).leafHash()});
            position++;
        }
        jdbc.batchUpdate("insert into ledger_leaf (position, event_identifier, leaf_hash) values (?, ?, ?)", leaves);
        jdbc.update("update ledger_head set size = ? where id = 1", position);
        return first;
    }

    private Map<String, StoredEvent> stored(List<? extends EventMessage<?>> events) {
        List<String> ids = events.stream().map(EventMessage::getIdentifier).toList();
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<String, StoredEvent> rows = new HashMap<>();
        jdbc.query("select " + StoredEvent.COLUMNS + " from domain_event_entry where event_identifier in (" + marks + ")",
                rs -> {
                    StoredEvent row = StoredEvent.read(rs);
                    rows.put(row.eventId(), row);
                }, ids.toArray());
        return rows;
    }
}
