package accord.http.catalogue;

import accord.messages.feed.EventType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Every event schema {@code accord-messages} ships ({@value EventType#SCHEMA_FOLDER}), read once.
 * Older revisions stay: an event stored at an old revision is still published as such, with the
 * schema that revision had. Every event type Accord records today must have its schema, or the
 * service does not start.
 */
public final class EventSchemas {

    private static final Pattern FILE_NAME = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\.v([1-9][0-9]{0,8})\\.json");

    private final Map<String, PublishedSchema> byFileName;

    private EventSchemas(Map<String, PublishedSchema> byFileName) {
        this.byFileName = byFileName;
    }

    /**
     * @param json reads the files
     * @return the schemas on the class path
     * @throws IllegalStateException when a file is not JSON, is misnamed, or an event type has no schema
     */
    public static EventSchemas load(ObjectMapper json) {
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(EventSchemas.class.getClassLoader());
        Map<String, PublishedSchema> found = new LinkedHashMap<>();
        try {
            for (Resource file : resolver.getResources("classpath*:" + EventType.SCHEMA_FOLDER + "/*.json")) {
                String name = file.getFilename();
                if (name == null || found.containsKey(name)) {
                    continue; // the same file twice on the class path: the first wins, as for classes
                }
                found.put(name, read(file, name, json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the event schemas in " + EventType.SCHEMA_FOLDER, e);
        }
        for (EventType type : EventType.all()) {
            if (!found.containsKey(type.schemaFileName())) {
                throw new IllegalStateException("The event type " + type.cloudEventType() + " has no JSON Schema: add "
                        + type.schemaResource() + " to accord-messages (docs/catalogue.md).");
            }
        }
        Map<String, PublishedSchema> sorted = new LinkedHashMap<>();
        found.values().stream()
                .sorted(Comparator.comparing((PublishedSchema schema) -> schema.type().name())
                        .thenComparing(schema -> schema.type().revision()))
                .forEach(schema -> sorted.put(schema.type().schemaFileName(), schema));
        return new EventSchemas(sorted);
    }

    /** @return every schema, by event name and revision */
    public List<PublishedSchema> all() {
        return List.copyOf(byFileName.values());
    }

    /**
     * @param fileName a schema's file name, e.g. {@code MoUSigned.v1.json}
     * @return the schema, or empty when there is none by that name
     */
    public Optional<PublishedSchema> find(String fileName) {
        return Optional.ofNullable(byFileName.get(fileName));
    }

    private static PublishedSchema read(Resource file, String name, ObjectMapper json) throws IOException {
        Matcher parts = FILE_NAME.matcher(name);
        if (!parts.matches()) {
            throw new IllegalStateException("The event schema " + name + " is not named <EventName>.v<revision>.json");
        }
        EventType type = new EventType(parts.group(1), Integer.parseInt(parts.group(2)));
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        try {
            return new PublishedSchema(type, content, json.readTree(content), EntityTags.of(content));
        } catch (IOException e) {
            throw new IllegalStateException("The event schema " + name + " is not JSON: " + e.getMessage(), e);
        }
    }
}
