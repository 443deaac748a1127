package accord.query.agreement;

import accord.messages.events.AgreementEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads an agreement's events from Axon's event store, from the first event (never from a
 * snapshot). The store hands an aggregate's events back without their global positions, so those
 * are read from its event table.
 */
@Component
public class EventStoreJournal implements AgreementJournal {

    private final EventStore events;
    private final JdbcTemplate jdbc;

    /**
     * @param events the ledger's event store
     * @param jdbc the database that holds its event table
     */
    public EventStoreJournal(EventStore events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    @Override
    public List<RecordedEvent> eventsOf(String agreementId, long upToVersion) {
        Map<Long, Long> positions = new HashMap<>();
        jdbc.query("""
                select sequence_number, global_index from domain_event_entry
                where aggregate_identifier = ? and sequence_number <= ?""",
                rs -> {
                    positions.put(rs.getLong(1), rs.getLong(2));
                }, agreementId, upToVersion);
        List<RecordedEvent> recorded = new ArrayList<>();
        DomainEventStream stream = events.readEvents(agreementId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            long version = message.getSequenceNumber();
            if (version > upToVersion) {
                break;
            }
            if (message.getPayload() instanceof AgreementEvent event) {
                recorded.add(new RecordedEvent(version, positions.getOrDefault(version, -1L), message.getTimestamp(),
                        event));
            }
        }
        return recorded;
    }
}
