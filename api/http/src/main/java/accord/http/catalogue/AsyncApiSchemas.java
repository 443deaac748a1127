package accord.http.catalogue;

import accord.messages.feed.CloudEventExtensions;
import accord.messages.feed.EventType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The schemas of the AsyncAPI document's {@code components.schemas}: the CloudEvents envelope, each
 * event's data schema and, per event type, the envelope with that data. AsyncAPI's schema objects
 * extend JSON Schema draft-07, which has no {@code $defs}: the event schemas are written in the
 * keywords both drafts read alike (EventSchemasTest), so each is carried over with its {@code $defs}
 * lifted into the components, its references pointed there, and {@code $schema} and {@code $id}
 * dropped. A definition two schemas write differently stops the service from starting.
 */
final class AsyncApiSchemas {

    /** The envelope every event shares. */
    static final String ENVELOPE = "CloudEvent";
    /** A page of the HTTP feed. */
    static final String PAGE = "CloudEventBatch";

    private static final String DEFS = "#/$defs/";
    private static final String COMPONENTS = "#/components/schemas/";

    private final ObjectMapper json;

    AsyncApiSchemas(ObjectMapper json) {
        this.json = json;
    }

    /** @return the component name of an event's data schema, e.g. {@code MoUSigned.v1} */
    static String dataName(EventType type) {
        return type.name() + ".v" + type.revision();
    }

    /** @return the component name of an event's whole CloudEvent, e.g. {@code MoUSigned.v1.CloudEvent} */
    static String cloudEventName(EventType type) {
        return dataName(type) + "." + ENVELOPE;
    }

    /** @return a reference to a component schema */
    static ObjectNode ref(ObjectMapper json, String component) {
        return json.createObjectNode().put("$ref", COMPONENTS + component);
    }

    /**
     * @param schemas    every published event schema
     * @param schemaBase where the schema files are served, ending in a slash
     * @return {@code components.schemas}
     */
    ObjectNode components(List<PublishedSchema> schemas, URI schemaBase) {
        ObjectNode components = json.createObjectNode();
        components.set(ENVELOPE, envelope());
        ArrayNode anyEvent = json.createArrayNode();
        for (PublishedSchema schema : schemas) {
            EventType type = schema.type();
            ObjectNode data = schema.schema().deepCopy();
            JsonNode defs = data.remove("$defs");
            data.remove(List.of("$schema", "$id"));
            pointAtComponents(data);
            URI served = schemaBase.resolve(type.schemaFileName());
            data.putObject("externalDocs").put("description", "This schema as its own JSON Schema (draft 2020-12) file")
                    .put("url", served.toString());
            if (defs != null) {
                for (Iterator<Map.Entry<String, JsonNode>> each = defs.fields(); each.hasNext(); ) {
                    Map.Entry<String, JsonNode> def = each.next();
                    JsonNode lifted = pointAtComponents(def.getValue().deepCopy());
                    JsonNode earlier = components.get(def.getKey());
                    if (earlier != null && !earlier.equals(lifted)) {
                        throw new IllegalStateException("The event schemas define " + def.getKey() + " differently ("
                                + type.schemaFileName() + " and an earlier one); shared definitions must be the same "
                                + "in every schema, or be renamed in a new revision.");
                    }
                    components.set(def.getKey(), lifted);
                }
            }
            components.set(dataName(type), data);
            components.set(cloudEventName(type), cloudEvent(type, served));
            anyEvent.add(ref(json, cloudEventName(type)));
        }
        ObjectNode page = components.putObject(PAGE);
        page.put("description", "A page of the HTTP feed (" + CloudEventExtensions.BATCH_MEDIA_TYPE + "): a JSON array "
                + "of structured CloudEvents in ledger-position order, possibly empty.");
        page.put("type", "array");
        page.putObject("items").set("oneOf", anyEvent);
        return components;
    }

    private ObjectNode cloudEvent(EventType type, URI served) {
        ObjectNode schema = json.createObjectNode();
        schema.put("title", type.cloudEventType());
        schema.put("description", "A CloudEvent whose data is a " + type.name() + " at revision " + type.revision() + ".");
        ArrayNode allOf = schema.putArray("allOf");
        allOf.add(ref(json, ENVELOPE));
        ObjectNode specific = allOf.addObject();
        ObjectNode properties = specific.putObject("properties");
        properties.putObject("type").put("const", type.cloudEventType());
        properties.putObject("dataschema").put("const", served.toString());
        properties.set("data", ref(json, dataName(type)));
        return schema;
    }

    private ObjectNode envelope() {
        ObjectNode schema = json.createObjectNode();
        schema.put("title", "Accord CloudEvent");
        schema.put("description", "A CloudEvent 1.0 in structured JSON mode (" + CloudEventExtensions.EVENT_MEDIA_TYPE
                + "), the same on every channel. CloudEvents allows further extension attributes: ignore those you "
                + "do not know.");
        schema.put("type", "object");
        schema.set("required", json.valueToTree(List.of("specversion", "id", "source", "type", "subject", "time",
                "datacontenttype", "dataschema", "data", CloudEventExtensions.POSITION,
                CloudEventExtensions.AGREEMENT_VERSION, CloudEventExtensions.RECORDED_AT,
                CloudEventExtensions.PARTITION_KEY)));
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("specversion").put("description", "The CloudEvents version.").put("const", "1.0");
        string(properties, "id", "The event's id: unique, and the same on every channel and every redelivery. "
                + "Deduplicate on it.");
        string(properties, "source", "/agreements/{agreementId}: the agreement the event belongs to.")
                .put("pattern", "^/agreements/");
        string(properties, "type", "example.accord.agreement.<EventName>.v<revision>: the event type and the "
                + "revision of its data's schema.").put("pattern", "^example\\.accord\\.agreement\\.[A-Za-z]+\\.v[0-9]+$");
        string(properties, "subject", "The agreement's id.");
        string(properties, "time", "When the event was recorded (RFC 3339).").put("format", "date-time");
        properties.putObject("datacontenttype").put("description", "The media type of data.")
                .put("const", "application/json");
        string(properties, "dataschema", "The absolute URL of the JSON Schema of data: "
                + "<public-url>/schemas/events/<EventName>.v<revision>.json.").put("format", "uri");
        properties.putObject("data").put("description", "The event as Accord stores it, in RFC 8785 canonical JSON: "
                + "the bytes its ledger leaf commits to. Its schema is named by dataschema.").put("type", "object");
        string(properties, CloudEventExtensions.POSITION, "The event's ledger position, decimal digits: gap-free from 0, "
                + "in commit order. The SSE id and the after of the HTTP feed.").put("pattern", "^[0-9]+$");
        properties.putObject(CloudEventExtensions.AGREEMENT_VERSION).put("description", "The agreement's version after "
                + "this event: its sequence number, from 0.").put("type", "integer").put("minimum", 0);
        string(properties, CloudEventExtensions.OCCURRED_ON, "When the fact happened in the world, written at its "
                + "precision: 2025-09-22, 2025-09 or 2025.").put("pattern", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");
        string(properties, CloudEventExtensions.RECORDED_AT, "When it was recorded (RFC 3339), as time.")
                .put("format", "date-time");
        string(properties, CloudEventExtensions.RECORDED_BY, "The principal who recorded it, when known.");
        string(properties, CloudEventExtensions.CORRELATION_ID, "The id shared by everything one request caused, "
                + "when known.");
        string(properties, CloudEventExtensions.CAUSATION_ID, "The id of the command message that caused it, "
                + "when known.");
        string(properties, CloudEventExtensions.PARTITION_KEY, "The CloudEvents Partitioning extension: the "
                + "agreement's id, also the Kafka record key.");
        return schema;
    }

    private static ObjectNode string(ObjectNode properties, String name, String description) {
        return properties.putObject(name).put("description", description).put("type", "string");
    }

    /** Points every {@code #/$defs/X} reference at {@code #/components/schemas/X}, in place. */
    private static JsonNode pointAtComponents(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(DEFS)) {
                object.put("$ref", COMPONENTS + ref.asText().substring(DEFS.length()));
            }
            object.elements().forEachRemaining(AsyncApiSchemas::pointAtComponents);
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(AsyncApiSchemas::pointAtComponents);
        }
        return node;
    }
}
