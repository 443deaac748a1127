package accord.query.feed;

import static accord.messages.feed.CloudEventExtensions.AGREEMENT_VERSION;
import static accord.messages.feed.CloudEventExtensions.CAUSATION_ID;
import static accord.messages.feed.CloudEventExtensions.CORRELATION_ID;
import static accord.messages.feed.CloudEventExtensions.OCCURRED_ON;
import static accord.messages.feed.CloudEventExtensions.PARTITION_KEY;
import static accord.messages.feed.CloudEventExtensions.POSITION;
import static accord.messages.feed.CloudEventExtensions.RECORDED_AT;
import static accord.messages.feed.CloudEventExtensions.RECORDED_BY;

import accord.messages.feed.EventType;
import accord.messages.ledger.CanonicalJson;
import accord.messages.ledger.LeafRecord;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Writes committed events as CloudEvents 1.0 (docs/feeds.md): the same envelope on every channel,
 * its {@code data} the event's payload in RFC 8785 canonical JSON, the bytes its ledger leaf commits to.
 */
public class AgreementCloudEvents {

    private final URI schemaBase;
    private final JsonFormat json = new JsonFormat();

    /**
     * @param schemaBase absolute URI of the folder the service serves the event schemas from, e.g.
     *                   {@code https://accord.example/schemas/events/}; each event's {@code dataschema}
     *                   is its schema's file name resolved against it
     */
    public AgreementCloudEvents(URI schemaBase) {
        if (!schemaBase.isAbsolute()) {
            throw new IllegalArgumentException("the schema base URI must be absolute, not " + schemaBase);
        }
        String text = schemaBase.toString();
        this.schemaBase = text.endsWith("/") ? schemaBase : URI.create(text + "/");
    }

    /** @return the event as a CloudEvent */
    public CloudEvent of(LeafRecord event) {
        EventType type = EventType.ofStored(event.eventType(), event.eventRevision());
        OffsetDateTime recordedAt = OffsetDateTime.parse(event.recordedAt());
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.eventId())
                .withSource(URI.create("/agreements/" + event.agreementId()))
                .withType(type.cloudEventType())
                .withSubject(event.agreementId())
                .withTime(recordedAt)
                .withDataContentType("application/json")
                .withDataSchema(schemaBase.resolve(type.schemaFileName()))
                .withData(CanonicalJson.bytes(event.payload()))
                .withExtension(POSITION, Long.toString(event.position()))
                .withExtension(AGREEMENT_VERSION, Math.toIntExact(event.version()))
                .withExtension(RECORDED_AT, recordedAt)
                .withExtension(PARTITION_KEY, event.agreementId());
        if (event.occurredOn() instanceof Map<?, ?> occurredOn && occurredOn.get("date") instanceof String date) {
            builder.withExtension(OCCURRED_ON, date);
        }
        if (event.recordedBy() != null) {
            builder.withExtension(RECORDED_BY, event.recordedBy());
        }
        if (event.correlationId() != null) {
            builder.withExtension(CORRELATION_ID, event.correlationId());
        }
        if (event.causationId() != null) {
            builder.withExtension(CAUSATION_ID, event.causationId());
        }
        return builder.build();
    }

    /** @return the event as one structured CloudEvent, {@code application/cloudevents+json} */
    public byte[] structured(LeafRecord event) {
        return json.serialize(of(event));
    }

    /** @return the events as a JSON array of structured CloudEvents, {@code application/cloudevents-batch+json} */
    public byte[] batch(List<LeafRecord> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * (events.size() + 1));
        out.write('[');
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(structured(events.get(i)));
        }
        out.write(']');
        return out.toByteArray();
    }
}
