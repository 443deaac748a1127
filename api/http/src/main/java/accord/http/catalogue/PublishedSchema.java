package accord.http.catalogue;

import accord.messages.feed.EventType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Objects;

/**
 * The JSON Schema of one event type at one revision, as {@code accord-messages} ships it.
 *
 * @param type    the event type and revision it describes
 * @param content the file's bytes, served unchanged
 * @param schema  the file parsed
 * @param etag    a strong entity tag of the bytes
 */
public record PublishedSchema(EventType type, byte[] content, JsonNode schema, String etag) {

    /** Copies the bytes, so nobody can change what is served. */
    public PublishedSchema {
        Objects.requireNonNull(type, "type");
        content = content.clone();
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(etag, "etag");
    }

    /** @return the file's bytes */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** @return the schema's description: the event's meaning, from the record's Javadoc */
    public String description() {
        return schema.path("description").asText();
    }

    /** @return whether Accord records this revision today, rather than an older one it still publishes */
    public boolean current() {
        return EventType.all().contains(type);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublishedSchema that && type.equals(that.type) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "PublishedSchema[" + type.schemaFileName() + "]";
    }
}
