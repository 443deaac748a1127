package accord.messages.feed;

import static org.assertj.core.api.Assertions.assertThat;

import accord.messages.agreement.OccurredOn;
import accord.messages.events.AgreementEvent;
import accord.messages.ledger.CanonicalJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.DisallowUnknownKeywordFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The event catalogue's schemas: one valid JSON Schema (draft 2020-12) per event type, describing
 * exactly the record's components as Jackson writes them, strict enough to reject what the record
 * cannot produce, and written in the keywords draft 2020-12 and draft-07 (which AsyncAPI's schema
 * objects extend) read alike, so the AsyncAPI document can carry them unchanged.
 */
class EventSchemasTest {

    /** The keywords the schemas may use: their meaning is the same in draft 2020-12 and draft-07. */
    private static final Set<String> PORTABLE_KEYWORDS = Set.of("title", "description", "type", "properties",
            "required", "additionalProperties", "items", "minItems", "enum", "const", "pattern", "oneOf", "anyOf", "$ref");
    /** Allowed only at a schema's root: the AsyncAPI document lifts the definitions into its components. */
    private static final Set<String> ROOT_KEYWORDS = Set.of("$schema", "$id", "$defs");
    private static final String ID_BASE = "https://accord.example/schemas/events/";

    /** Builds schemas with a meta-schema that refuses unknown keywords, so a misspelt one fails the test. */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(VersionFlag.V202012,
            builder -> builder.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
                    .build()));
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<EventType> eventTypes() {
        return EventType.all();
    }

    @Test
    void everyEventTypeIsListed() {
        assertThat(EventType.all()).hasSize(AgreementEvent.class.getPermittedSubclasses().length).hasSizeGreaterThan(15);
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyEventTypeHasASchemaThatIsAValidJsonSchema(EventType type) {
        JsonNode schema = schemaOf(type);
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SchemaId.V202012));

        assertThat(metaSchema.validate(schema)).as(type.schemaFileName()).isEmpty();
        assertThat(schema.path("$schema").asText()).isEqualTo(SchemaId.V202012);
        assertThat(schema.path("$id").asText()).isEqualTo(ID_BASE + type.schemaFileName());
        assertThat(schema.path("title").asText()).startsWith(type.name() + ",");
        assertThat(schema.path("description").asText()).contains(type.cloudEventType());
        FACTORY.getSchema(schema).initializeValidators();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void theSchemaDescribesExactlyTheRecordsComponents(EventType type) {
        JsonNode schema = schemaOf(type);

        assertDescribes(schema, schema, recordOf(type), type.schemaFileName());
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void anEventAsJacksonWritesItPassesItsSchemaInItsStoredAndItsCanonicalForm(EventType type) throws Exception {
        JsonSchema schema = FACTORY.getSchema(schemaOf(type));
        String stored = JSON.writeValueAsString(sample(recordOf(type)));

        assertThat(schema.validate(JSON.readTree(stored))).as(stored).isEmpty();
        assertThat(schema.validate(JSON.readTree(CanonicalJson.canonicalize(stored)))).as(stored).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void anEventWithAMissingOrUnknownMemberOrAWrongTypeFailsItsSchema(EventType type) throws Exception {
        JsonSchema schema = FACTORY.getSchema(schemaOf(type));
        ObjectNode event = JSON.valueToTree(sample(recordOf(type)));

        assertThat(schema.validate(without(event, "agreementId"))).isNotEmpty();
        assertThat(schema.validate(event.deepCopy().put("unexpected", "member"))).isNotEmpty();
        assertThat(schema.validate(event.deepCopy().put("agreementId", 42))).isNotEmpty();
        assertThat(schema.validate(event.deepCopy().putNull("agreementId"))).isNotEmpty();
        assertThat(schema.validate(event.deepCopy().set("sources", JSON.createArrayNode()))).isNotEmpty();
        assertThat(schema.validate(withOccurredOn(event, "2025-09", "DAY"))).isNotEmpty();
        assertThat(schema.validate(withOccurredOn(event, "2025-09", "WEEK"))).isNotEmpty();
        assertThat(schema.validate(withOccurredOn(event, "2025", "YEAR"))).isEmpty();
    }

    @Test
    void sharedDefinitionsAreTheSameInEverySchema() {
        Map<String, JsonNode> first = new HashMap<>();
        Map<String, String> firstFile = new HashMap<>();
        for (EventType type : EventType.all()) {
            JsonNode schema = schemaOf(type);
            for (Iterator<Map.Entry<String, JsonNode>> defs = schema.path("$defs").fields(); defs.hasNext(); ) {
                Map.Entry<String, JsonNode> def = defs.next();
                JsonNode earlier = first.putIfAbsent(def.getKey(), def.getValue());
                firstFile.putIfAbsent(def.getKey(), type.schemaFileName());
                assertThat(def.getValue()).as("$defs/%s of %s against %s", def.getKey(), type.schemaFileName(),
                        firstFile.get(def.getKey())).isEqualTo(earlier == null ? def.getValue() : earlier);
            }
        }
        assertThat(first).containsKeys("OccurredOn", "Source", "DatePrecision");
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemasUseOnlyKeywordsDraft07ReadsAlike(EventType type) {
        JsonNode schema = schemaOf(type);
        List<String> found = new ArrayList<>();
        schema.fieldNames().forEachRemaining(found::add);
        assertThat(found).as("%s: root keywords", type.schemaFileName()).allMatch(keyword ->
                PORTABLE_KEYWORDS.contains(keyword) || ROOT_KEYWORDS.contains(keyword));
        schema.path("$defs").forEach(def -> assertPortable(def, type.schemaFileName()));
        assertPortable(((ObjectNode) schema.deepCopy()).without(ROOT_KEYWORDS), type.schemaFileName());
    }

    @Test
    void everySchemaFileIsNamedForAnEventTypeAtARevisionAccordHasHad() throws Exception {
        List<String> files;
        try (Stream<Path> folder = Files.list(schemaFolder())) {
            files = folder.map(path -> path.getFileName().toString()).sorted().toList();
        }

        assertThat(files).containsAll(EventType.all().stream().map(EventType::schemaFileName).toList());
        for (String file : files) {
            assertThat(file).matches("[A-Za-z]+\\.v[1-9][0-9]*\\.json");
            String name = file.substring(0, file.indexOf('.'));
            int revision = Integer.parseInt(file.substring(file.indexOf(".v") + 2, file.lastIndexOf('.')));
            assertThat(EventType.all()).as(file).anyMatch(type -> type.name().equals(name) && type.revision() >= revision);
        }
    }

    private static void assertDescribes(JsonNode root, JsonNode node, Type type, String where) {
        boolean nullable = false;
        JsonNode schema = node;
        if (schema.has("anyOf")) {
            assertThat(schema.path("anyOf")).as(where).hasSize(2);
            assertThat(schema.path("anyOf").get(1)).as(where).isEqualTo(JSON.createObjectNode().put("type", "null"));
            schema = schema.path("anyOf").get(0);
            nullable = true;
        }
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            assertThat(ref).as(where).startsWith("#/$defs/");
            schema = root.path("$defs").path(ref.substring("#/$defs/".length()));
            assertThat(schema.isObject()).as("%s: %s is defined", where, ref).isTrue();
        }
        Class<?> raw = raw(type);
        JsonNode types = schema.path("type");
        List<String> named = new ArrayList<>();
        if (types.isArray()) {
            types.forEach(name -> named.add(name.asText()));
        } else {
            named.add(types.asText());
        }
        if (named.remove("null")) {
            nullable = true;
        }
        assertThat(named).as("%s: the type of %s", where, type.getTypeName()).containsExactly(jsonType(raw));
        if (raw.isPrimitive()) {
            assertThat(nullable).as("%s: a %s is never null", where, raw).isFalse();
        }
        if (raw.isEnum()) {
            List<String> constants = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            List<String> listed = new ArrayList<>();
            schema.path("enum").forEach(constant -> listed.add(constant.asText()));
            assertThat(listed).as("%s: the constants of %s", where, raw.getSimpleName()).isEqualTo(constants);
        } else if (List.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            assertDescribes(root, schema.path("items"), element, where + "[]");
        } else if (raw.isRecord()) {
            List<String> components = Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName).toList();
            List<String> properties = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            assertThat(properties).as("%s: the members of %s", where, raw.getSimpleName()).isEqualTo(components);
            assertThat(required).as("%s: Jackson writes every member of %s, null or not", where, raw.getSimpleName())
                    .isEqualTo(components);
            assertThat(schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean())
                    .as("%s: additionalProperties is false", where).isTrue();
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonNode property = schema.path("properties").path(component.getName());
                assertThat(property.path("description").asText()).as("%s.%s: a description", where, component.getName())
                        .isNotBlank();
                assertDescribes(root, property, component.getGenericType(), where + "." + component.getName());
            }
        }
    }

    private static String jsonType(Class<?> raw) {
        if (raw == String.class || raw.isEnum()) {
            return "string";
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return "integer";
        }
        if (raw == BigDecimal.class) {
            return "number";
        }
        if (List.class.isAssignableFrom(raw)) {
            return "array";
        }
        if (Map.class.isAssignableFrom(raw) || raw.isRecord()) {
            return "object";
        }
        throw new AssertionError("no JSON type known for " + raw);
    }

    private static void assertPortable(JsonNode schema, String where) {
        if (!schema.isObject()) {
            return;
        }
        schema.fieldNames().forEachRemaining(keyword -> assertThat(PORTABLE_KEYWORDS).as("%s: keyword %s", where, keyword)
                .contains(keyword));
        schema.path("properties").forEach(property -> assertPortable(property, where));
        assertPortable(schema.path("items"), where);
        schema.path("oneOf").forEach(alternative -> assertPortable(alternative, where));
        schema.path("anyOf").forEach(alternative -> assertPortable(alternative, where));
        if (schema.has("$ref")) {
            assertThat(schema.path("$ref").asText()).as(where).matches("#/\\$defs/[A-Za-z]+");
        }
    }

    /** @return an instance of the type with every component set, as a clerk's command would give it */
    private static Object sample(Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return "text";
        }
        if (raw == Integer.class || raw == int.class) {
            return 10;
        }
        if (raw == Long.class || raw == long.class) {
            return 3L;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("2.50");
        }
        if (raw == OccurredOn.class) {
            return OccurredOn.day(2025, 9, 22);
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (List.class.isAssignableFrom(raw)) {
            return List.of(sample(((ParameterizedType) type).getActualTypeArguments()[0]));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Map.of("summary", "what was meant");
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = Arrays.stream(components).map(component -> sample(component.getGenericType())).toArray();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return raw.getDeclaredConstructor(types).newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("cannot build a " + raw, e);
            }
        }
        throw new AssertionError("no sample for " + type);
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private static ObjectNode without(ObjectNode event, String member) {
        ObjectNode copy = event.deepCopy();
        copy.remove(member);
        return copy;
    }

    private static ObjectNode withOccurredOn(ObjectNode event, String date, String precision) {
        ObjectNode copy = event.deepCopy();
        copy.putObject("occurredOn").put("date", date).put("precision", precision);
        return copy;
    }

    private static Class<?> recordOf(EventType type) {
        return Arrays.stream(AgreementEvent.class.getPermittedSubclasses())
                .filter(event -> event.getSimpleName().equals(type.name()))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode schemaOf(EventType type) {
        try (InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("%s is on the class path", type.schemaResource()).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path schemaFolder() throws URISyntaxException {
        URL folder = EventSchemasTest.class.getClassLoader().getResource(EventType.SCHEMA_FOLDER);
        assertThat(folder).as(EventType.SCHEMA_FOLDER).isNotNull();
        return Path.of(folder.toURI());
    }
}
