package accord.http.platform;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/** Snapshots of {@link ProbeState}, stored as Axon's snapshotter stores an aggregate's. */
final class Snapshots {

    private Snapshots() {
    }

    static DomainEventMessage<ProbeState> of(String aggregateId, long sequence, ProbeState state) {
        return new GenericDomainEventMessage<>(Probes.TYPE, aggregateId, sequence, state);
    }
}
