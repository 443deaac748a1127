package accord.http.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.feed.FeedSettings;
import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.ServiceClient;
import accord.messages.feed.EventType;
import accord.messages.ledger.LeafRecord;
import accord.query.feed.AgreementCloudEvents;
import accord.query.feed.AgreementFeed;
import accord.query.feed.FeedFilter;
import accord.query.feed.FeedPage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * The catalogue against what the service really records: agreements with events of every type are
 * recorded over HTTP, read back from the ledger as the feeds publish them (AgreementFeed and
 * AgreementCloudEvents), and each event's data is validated against the schema its dataschema names,
 * fetched from the running service without credentials. The stored payload, as Jackson wrote it, is
 * validated too, and the whole CloudEvent against its message's payload in the AsyncAPI document.
 */
@AccordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventCatalogueIT {

    private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AgreementFeed feed;
    @Autowired
    AgreementCloudEvents cloudEvents;
    @Autowired
    FeedSettings settings;

    private final String run = "c" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private final Map<String, JsonSchema> schemasByUrl = new HashMap<>();
    private List<String> agreementIds;
    private List<LeafRecord> events;

    @BeforeAll
    void recordAgreementsWithEventsOfEveryType() throws Exception {
        agreementIds = AgreementsOfEveryEventType.record(service(), run);
        events = readBackFromTheLedger();
    }

    @Test
    void everyEventTypeWasRecorded() {
        Set<String> seen = new TreeSet<>();
        events.forEach(event -> seen.add(EventType.ofStored(event.eventType(), event.eventRevision()).cloudEventType()));

        assertThat(seen).containsExactlyInAnyOrderElementsOf(
                EventType.all().stream().map(EventType::cloudEventType).toList());
    }

    @Test
    void everyEventsDataPassesTheSchemaItsDataschemaNames() throws Exception {
        List<String> violations = new ArrayList<>();
        for (LeafRecord event : events) {
            JsonNode cloudEvent = json.readTree(cloudEvents.structured(event));
            String dataschema = cloudEvent.path("dataschema").asText();
            assertThat(dataschema).as("an absolute URL under accord.feed.public-url")
                    .startsWith(settings.schemaBase().toString());
            JsonSchema schema = schemaAt(dataschema);

            for (ValidationMessage violation : schema.validate(cloudEvent.path("data"))) {
                violations.add(describe(event, "data", violation));
            }
        }
        assertThat(violations).as("%d events", events.size()).isEmpty();
    }

    @Test
    void everyStoredPayloadAsJacksonWroteItPassesItsSchema() throws Exception {
        List<String> violations = new ArrayList<>();
        for (LeafRecord event : events) {
            byte[] stored = jdbc.queryForObject("select payload from domain_event_entry where event_identifier = ?",
                    byte[].class, event.eventId());
            JsonSchema schema = schemaAt(json.readTree(cloudEvents.structured(event)).path("dataschema").asText());

            for (ValidationMessage violation : schema.validate(json.readTree(stored))) {
                violations.add(describe(event, "stored payload", violation));
            }
        }
        assertThat(violations).as("%d events", events.size()).isEmpty();
    }

    @Test
    void everyCloudEventPassesItsMessagesPayloadInTheAsyncApiDocument() throws Exception {
        HttpResponse<String> answer = service().getAnonymously("/asyncapi.yaml");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode document = json.valueToTree(new Yaml().load(answer.body()));
        JsonSchemaFactory draft07 = JsonSchemaFactory.getInstance(VersionFlag.V7);

        List<String> violations = new ArrayList<>();
        for (LeafRecord event : events) {
            EventType type = EventType.ofStored(event.eventType(), event.eventRevision());
            String payloadRef = document.path("components").path("messages").path(type.name() + ".v" + type.revision())
                    .path("payload").path("$ref").asText();
            assertThat(payloadRef).as(type.cloudEventType()).startsWith("#/components/schemas/");
            // A draft-07 root whose $ref points into the document's own components, carried along.
            ObjectNode root = json.createObjectNode().put("$schema", DRAFT_07).put("$ref", payloadRef);
            root.set("components", document.path("components"));
            JsonSchema payload = draft07.getSchema(root);

            for (ValidationMessage violation : payload.validate(json.readTree(cloudEvents.structured(event)))) {
                violations.add(describe(event, "CloudEvent", violation));
            }
        }
        assertThat(violations).as("%d events", events.size()).isEmpty();
    }

    @Test
    void theCatalogueIsPublic() throws Exception {
        HttpResponse<String> index = service().getAnonymously("/schemas/events");

        assertThat(index.statusCode()).as(index.body()).isEqualTo(200);
        List<String> dataschemas = json.readTree(index.body()).path("eventTypes").findValuesAsText("dataschema");
        assertThat(dataschemas).containsAll(EventType.all().stream()
                .map(type -> settings.schemaBase().resolve(type.schemaFileName()).toString()).toList());
        HttpResponse<String> unknown = service().getAnonymously("/schemas/events/Nothing.v1.json");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).path("code").asText()).isEqualTo("UNKNOWN_EVENT_SCHEMA");
    }

    private List<LeafRecord> readBackFromTheLedger() {
        FeedFilter ours = new FeedFilter(Set.copyOf(agreementIds), Set.of());
        List<LeafRecord> read = new ArrayList<>();
        long after = -1;
        while (true) {
            FeedPage page = feed.read(after, 200, ours);
            if (page.events().isEmpty()) {
                return read;
            }
            read.addAll(page.events());
            after = page.next();
        }
    }

    /** Fetches the schema at a dataschema URL from the running service, anonymously, once per URL. */
    private JsonSchema schemaAt(String dataschema) throws Exception {
        JsonSchema cached = schemasByUrl.get(dataschema);
        if (cached != null) {
            return cached;
        }
        String path = "/schemas/events/" + dataschema.substring(settings.schemaBase().toString().length());
        HttpResponse<String> answer = service().getAnonymously(path);
        assertThat(answer.statusCode()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/schema+json");
        JsonSchema schema = JsonSchemaFactory.getInstance(VersionFlag.V202012).getSchema(json.readTree(answer.body()));
        schemasByUrl.put(dataschema, schema);
        return schema;
    }

    private static String describe(LeafRecord event, String what, ValidationMessage violation) {
        return "position " + event.position() + " (" + event.eventType() + " of " + event.agreementId() + "), " + what
                + ": " + violation.getMessage();
    }

    private ServiceClient service() {
        return new ServiceClient(port, json);
    }
}
