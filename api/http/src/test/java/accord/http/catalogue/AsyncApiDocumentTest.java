package accord.http.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import accord.messages.feed.EventType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The AsyncAPI document's shape, written from the schemas. That it is valid AsyncAPI 3.0 is proven
 * by the official parser in AsyncApiDocumentIT.
 */
class AsyncApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final URI PUBLIC_URL = URI.create("https://feeds.accord.example/ledger/");
    private static final URI SCHEMA_BASE = URI.create("https://feeds.accord.example/ledger/schemas/events/");

    private final EventSchemas schemas = EventSchemas.load(JSON);
    private final AsyncApiDocument document = AsyncApiDocument.of(schemas, PUBLIC_URL, SCHEMA_BASE, "agreements.test", JSON);
    private final JsonNode tree = document.tree();

    @Test
    void theYamlReadsBackAsTheSameDocument() {
        Object read = new Yaml().load(new String(document.yaml(), StandardCharsets.UTF_8));

        assertThat((JsonNode) JSON.valueToTree(read)).isEqualTo(tree);
        assertThat(tree.path("asyncapi").asText()).isEqualTo("3.0.0");
    }

    @Test
    void theServiceIsServedAtItsPublicUrl() {
        JsonNode accord = tree.path("servers").path("accord");

        assertThat(accord.path("host").asText()).isEqualTo("feeds.accord.example");
        assertThat(accord.path("protocol").asText()).isEqualTo("https");
        assertThat(accord.path("pathname").asText()).isEqualTo("/ledger");
        assertThat(tree.path("channels").path("agreementEvents").path("address").asText()).isEqualTo("agreements.test");
    }

    @Test
    void everyEventTypeIsAMessageOnEveryChannelWithItsCloudEventAndDataSchema() {
        for (EventType type : EventType.all()) {
            String name = type.name() + ".v" + type.revision();
            for (String channel : List.of("eventStream", "webhookDeliveries", "agreementEvents")) {
                String ref = tree.path("channels").path(channel).path("messages").path(name).path("$ref").asText();
                JsonNode message = resolve(ref);
                assertThat(message.path("name").asText()).as(channel).isEqualTo(type.cloudEventType());
                JsonNode payload = resolve(message.path("payload").path("$ref").asText());
                JsonNode specific = payload.path("allOf").get(1).path("properties");
                assertThat(specific.path("type").path("const").asText()).isEqualTo(type.cloudEventType());
                assertThat(specific.path("dataschema").path("const").asText())
                        .isEqualTo(SCHEMA_BASE + type.schemaFileName());
                JsonNode data = resolve(specific.path("data").path("$ref").asText());
                assertThat(data.path("title").asText()).startsWith(type.name() + ",");
                assertThat(data.has("$defs")).isFalse();
            }
        }
        JsonNode webhookTrait = tree.path("components").path("messageTraits").path("standardWebhook");
        assertThat(webhookTrait.path("headers").path("required")).extracting(JsonNode::asText)
                .contains("webhook-id", "webhook-timestamp", "webhook-signature");
        assertThat(tree.path("components").path("messageTraits").path("kafkaRecord").path("bindings").path("kafka")
                .path("key").path("type").asText()).isEqualTo("string");
    }

    @Test
    void theSchemasStandAloneWithEveryReferenceInsideTheDocument() {
        String text = tree.toString();

        assertThat(text).doesNotContain("#/$defs/").doesNotContain("\"$schema\"").doesNotContain("\"$id\"");
        List<String> refs = tree.findValuesAsText("$ref");
        assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(resolve(ref).isMissingNode()).as(ref).isFalse());
    }

    @Test
    void aDefinitionTwoSchemasWriteDifferentlyStopsTheDocument() {
        PublishedSchema first = schemas.find("MoUSigned.v1.json").orElseThrow();
        ObjectNode changed = first.schema().deepCopy();
        ((ObjectNode) changed.path("$defs").path("Source")).put("description", "another source");
        PublishedSchema other = new PublishedSchema(new EventType("MoUSigned", 2), new byte[0], changed, "\"x\"");

        assertThatThrownBy(() -> new AsyncApiSchemas(JSON).components(List.of(first, other), SCHEMA_BASE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Source");
    }

    @Test
    void theWebhookAndKafkaMessagesDifferOnlyByTheirTraits() {
        JsonNode messages = tree.path("components").path("messages");
        ObjectNode plain = (ObjectNode) messages.path("MoUSigned.v1").deepCopy();
        ObjectNode webhook = (ObjectNode) messages.path("MoUSigned.v1.webhook").deepCopy();
        webhook.remove("traits");

        assertThat(webhook).isEqualTo(plain);
    }

    private JsonNode resolve(String ref) {
        assertThat(ref).startsWith("#/");
        JsonNode node = tree;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return node;
    }
}
