package accord.command.ledger;

import accord.messages.ledger.LeafRecord;
import accord.messages.recording.RecordingMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives every appended event its ledger position and its leaf, inside the transaction that
 * appends the event.
 *
 * <p>Positions come from the single {@code ledger_head} row. Each appending transaction moves it
 * on, first thing, in one statement; the row lock that takes is held until the transaction ends.
 * So transactions receive positions in the order they commit, one at a time, and a transaction
 * that rolls back takes its positions and leaves with it: the ledger has no gaps and follows
 * commit order, on any number of nodes. Each event carries its position in its metadata
 * ({@link RecordingMetadata#LEDGER_POSITION}), so the read side knows it without asking.
 *
 * <p>A leaf is computed by {@link LeafRecord#fromStored} from exactly what Axon's JDBC event store
 * writes into the row: the payload and metadata as the event serializer gives them (Axon keeps
 * that serialized form and inserts it), and the timestamp as Axon formats it. The self-audit
 * computes the same function from the stored row, so any difference would show there.
 */
public class Notary {

    private final JdbcTemplate jdbc;
    private final String claimPositions;

    /**
     * @param jdbc       the ledger's database
     * @param postgreSql whether it is PostgreSQL (else H2): they spell "update and return" differently
     */
    public Notary(JdbcTemplate jdbc, boolean postgreSql) {
        this.jdbc = jdbc;
        this.claimPositions = postgreSql
                ? "update ledger_head set size = size + ? where id = 1 returning size"
                : "select size from final table (update ledger_head set size = size + ? where id = 1)";
    }

    /**
     * Moves the ledger's head past the events, taking its lock until the transaction ends, and
     * gives them those positions. Call inside the appending transaction, before the events are
     * inserted.
     *
     * @param events the events about to be appended, in append order
     * @return the same events with their positions in their metadata
     */
    public List<EventMessage<?>> position(List<? extends EventMessage<?>> events) {
        long next = jdbc.queryForObject(claimPositions, Long.class, events.size()) - events.size();
        List<EventMessage<?>> positioned = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            positioned.add(event.andMetaData(Map.of(RecordingMetadata.LEDGER_POSITION, Long.toString(next++))));
        }
        return positioned;
    }

    /**
     * Records the leaves of events {@link #position positioned} and appended in the current
     * transaction.
     *
     * @param positioned the events as {@link #position} returned them
     * @param serializer the serializer the event store wrote them with
     */
    public void notarise(List<? extends EventMessage<?>> positioned, Serializer serializer) {
        List<Object[]> leaves = new ArrayList<>(positioned.size());
        for (EventMessage<?> event : positioned) {
            long position = Long.parseLong((String) event.getMetaData().get(RecordingMetadata.LEDGER_POSITION));
            leaves.add(new Object[] {position, event.getIdentifier(), leaf(position, event, serializer).leafHash()});
        }
        jdbc.batchUpdate("insert into ledger_leaf (position, event_identifier, leaf_hash) values (?, ?, ?)", leaves);
    }

    /** The leaf of the row Axon's {@code JdbcEventStorageEngine} writes for this event. */
    private static LeafRecord leaf(long position, EventMessage<?> event, Serializer serializer) {
        if (!(event instanceof DomainEventMessage<?> domain)) {
            throw new IllegalArgumentException("Only an agreement's events are recorded, not " + event.getPayloadType());
        }
        SerializedObject<byte[]> payload = domain.serializePayload(serializer, byte[].class);
        SerializedObject<byte[]> metaData = domain.serializeMetaData(serializer, byte[].class);
        return LeafRecord.fromStored(position, domain.getIdentifier(), domain.getAggregateIdentifier(),
                domain.getSequenceNumber(), payload.getType().getName(), payload.getType().getRevision(),
                DateTimeUtils.formatInstant(domain.getTimestamp()), payload.getData(), metaData.getData());
    }
}
