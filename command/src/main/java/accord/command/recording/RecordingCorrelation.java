package accord.command.recording;

import accord.messages.recording.RecordingMetadata;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Stamps every message created while handling a message (above all the events a command
 * records) with who recorded it and the request's correlation id, both copied from the handled
 * message's metadata, and with the handled message's identifier as causation id. It replaces
 * Axon's default {@code MessageOriginProvider}, whose {@code correlationId} would otherwise
 * overwrite the request's.
 */
public class RecordingCorrelation implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        copy(message, RecordingMetadata.RECORDED_BY, data);
        copy(message, RecordingMetadata.CORRELATION_ID, data);
        data.put(RecordingMetadata.CAUSATION_ID, message.getIdentifier());
        return data;
    }

    private static void copy(Message<?> message, String key, Map<String, Object> data) {
        Object value = message.getMetaData().get(key);
        if (value != null) {
            data.put(key, value);
        }
    }
}
