package accord.command.ledger;

import accord.messages.recording.RecordingMetadata;
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
 * <p>Positions come from the single {@code ledger_head} row. Its row lock is taken before the
 * events are inserted and held until the transaction ends, so transactions receive positions in
 * the order they commit, one at a time, and a transaction that rolls back takes its positions and
 * leaves with it: the ledger has no gaps and follows commit order, on any number of nodes. Each
 * event carries its position in its metadata ({@link RecordingMetadata#LEDGER_POSITION}), so the
 * read side knows it without asking. Leaves are computed from the rows as stored
 * ({@code LeafRecord.fromStored}), the same function the self-audit uses, so a leaf commits to
 * exactly what the event table holds.
 */
public class Notary {

    private final JdbcTemplate jdbc;

    public Notary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the ledger's head lock (held until the transaction ends) and gives the events the next
     * positions. Call inside the appending transaction, before the events are inserted.
     *
     * @param events the events about to be appended, in append order
     * @return the same events with their positions in their metadata
     */
    public List<EventMessage<?>> position(List<? extends EventMessage<?>> events) {
        long next = jdbc.queryForObject("select size from ledger_head where id = 1 for update", Long.class);
        List<EventMessage<?>> positioned = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            positioned.add(event.andMetaData(Map.of(RecordingMetadata.LEDGER_POSITION, Long.toString(next++))));
        }
        return positioned;
    }

    /**
     * Records the leaves of events {@link #position positioned} and inserted in the current
     * transaction, and moves the head past them.
     *
     * @param positioned the events as {@link #position} returned them
     */
    public void notarise(List<? extends EventMessage<?>> positioned) {
        if (positioned.isEmpty()) {
            return;
        }
        Map<String, StoredEvent> stored = stored(positioned);
        List<Object[]> leaves = new ArrayList<>(positioned.size());
        long last = -1;
        for (EventMessage<?> event : positioned) {
            StoredEvent row = stored.get(event.getIdentifier());
            if (row == null) {
                throw new IllegalStateException("Event " + event.getIdentifier() + " was appended but is not in the event table");
            }
            last = Long.parseLong((String) event.getMetaData().get(RecordingMetadata.LEDGER_POSITION));
            leaves.add(new Object[] {last, row.eventId(), row.leaf(last).leafHash()});
        }
        jdbc.batchUpdate("insert into ledger_leaf (position, event_identifier, leaf_hash) values (?, ?, ?)", leaves);
        jdbc.update("update ledger_head set size = ? where id = 1", last + 1);
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
