package accord.http.feed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the feed as an integrator does: with the CloudEvents Java SDK, not with code of ours. */
final class CloudEventsReader {

    private static final ObjectMapper BATCHES = new ObjectMapper().registerModule(JsonFormat.getCloudEventJacksonModule());
    private static final EventFormat STRUCTURED = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private CloudEventsReader() {
    }

    /** @return the events of an {@code application/cloudevents-batch+json} body */
    static List<CloudEvent> batch(String body) throws IOException {
        return BATCHES.readValue(body, new TypeReference<List<CloudEvent>>() { });
    }

    /** @return the event of an {@code application/cloudevents+json} body */
    static CloudEvent structured(String body) {
        return STRUCTURED.deserialize(body.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the event's ledger position */
    static long position(CloudEvent event) {
        return Long.parseLong((String) event.getExtension("position"));
    }
}
