package accord.query.agreement;

import accord.messages.events.AgreementEvent;
import accord.query.ledger.LedgerPositions;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads an agreement's events from Axon's event store, from the first event (never from a
 * snapshot), each with its ledger position.
 */
@Component
public class EventStoreJournal implements AgreementJournal {

    private final EventStore events;
    private final LedgerPositions positions;

    /**
     * @param events the ledger's event store
     * @param positions the events' ledger positions
     */
    public EventStoreJournal(EventStore events, LedgerPositions positions) {
        this.events = events;
        this.positions = positions;
    }

    @Override
    public List<RecordedEvent> eventsOf(String agreementId, long upToVersion) {
        List<RecordedEvent> recorded = new ArrayList<>();
        DomainEventStream stream = events.readEvents(agreementId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            long version = message.getSequenceNumber();
            if (version > upToVersion) {
                break;
            }
            if (message.getPayload() instanceof AgreementEvent event) {
                recorded.add(new RecordedEvent(version, positions.of(message.getIdentifier(), message.getMetaData()),
                        message.getTimestamp(), event));
            }
        }
        return recorded;
    }
}
