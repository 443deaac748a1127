package accord.query.kafka;

import accord.messages.feed.CloudEventExtensions;
import accord.messages.ledger.LeafRecord;
import accord.query.feed.AgreementCloudEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Events as Kafka records in the CloudEvents Kafka protocol binding's structured mode: the value is
 * the structured CloudEvent ({@code application/cloudevents+json}), named by the {@code content-type}
 * header; the key is the agreement id, so an agreement's events share a partition and keep their order.
 */
class CloudEventRecords {

    /** The header the binding names a structured event's format in. */
    static final String CONTENT_TYPE = "content-type";

    private static final byte[] EVENT_MEDIA_TYPE =
            CloudEventExtensions.EVENT_MEDIA_TYPE.getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AgreementCloudEvents cloudEvents;
    private final String topic;

    CloudEventRecords(AgreementCloudEvents cloudEvents, String topic) {
        this.cloudEvents = cloudEvents;
        this.topic = topic;
    }

    ProducerRecord<String, byte[]> of(LeafRecord event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.agreementId(),
                cloudEvents.structured(event));
        record.headers().add(CONTENT_TYPE, EVENT_MEDIA_TYPE);
        return record;
    }

    /** @return the event a structured CloudEvent of ours carries, or empty when the value is not one */
    static Optional<PublishedEvent> event(byte[] value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            JsonNode event = JSON.readTree(value);
            JsonNode position = event.path(CloudEventExtensions.POSITION);
            JsonNode id = event.path("id");
            return position.isTextual() && position.asText().matches("[0-9]{1,18}") && id.isTextual()
                    ? Optional.of(new PublishedEvent(Long.parseLong(position.asText()), id.asText()))
                    : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }
}
