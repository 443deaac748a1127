package accord.http.platform.persistence;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, which can be told that events were appended elsewhere. Its streaming
 * processors fetch at once after a commit on this node, but find another node's events only by
 * polling every {@code accord.event-store.fetch-delay}; told by the ledger's {@code NOTIFY}
 * ({@link ProcessorWakeUp}), they fetch at once on every node.
 */
public class WakeableEventStore extends EmbeddedEventStore {

    WakeableEventStore(EmbeddedEventStore.Builder builder) {
        super(builder);
    }

    /** Wakes the processors waiting for events, as a commit on this node does; never blocks. */
    public void eventsAppended() {
        afterCommit(List.of());
    }
}
