package accord.http.platform;

import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/** Test events on throw-away aggregate identifiers. */
final class Probes {

    static final String TYPE = "Probe";

    private Probes() {
    }

    static String anyAggregateId() {
        return "probe-" + UUID.randomUUID();
    }

    static DomainEventMessage<ProbeRecorded> recorded(String aggregateId, long sequence, String note) {
        return new GenericDomainEventMessage<>(TYPE, aggregateId, sequence, new ProbeRecorded(note));
    }
}
