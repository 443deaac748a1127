package accord.messages.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditBundleTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    private final AuditBundle bundle = SampleLedger.withEvents(5).bundle();
    private final String json = bundle.toJson();

    @Test
    void aBundleWrittenAsJsonParsesBackEqual() {
        AuditBundle parsed = AuditBundle.parse(json);

        assertThat(parsed).isEqualTo(bundle);
        assertThat(parsed.hashCode()).isEqualTo(bundle.hashCode());
        assertThat(parsed.toJson()).isEqualTo(json);
    }

    @Test
    void theJsonHasTheDocumentedMembersInTheDocumentedOrder() throws Exception {
        JsonNode tree = JACKSON.readTree(json);

        assertThat(names(tree)).containsExactly("format", "agreementId", "checkpoint", "verifierKey", "events");
        assertThat(tree.get("format").asText()).isEqualTo("accord/audit-bundle/v1");
        assertThat(tree.get("checkpoint").asText()).isEqualTo(bundle.checkpoint());
        JsonNode first = tree.get("events").get(0);
        assertThat(names(first)).containsExactly("position", "version", "leaf", "leafHash", "auditPath");
        BundledEvent event = bundle.events().get(0);
        assertThat(first.get("position").asLong()).isEqualTo(event.position());
        assertThat(first.get("leaf").asText()).isEqualTo(event.leaf());
        assertThat(first.get("leafHash").asText()).isEqualTo(Base64.getEncoder().encodeToString(event.leafHash()));
        assertThat(first.get("auditPath").get(0).asText())
                .isEqualTo(Base64.getEncoder().encodeToString(event.auditPath().get(0)));
    }

    @Test
    void theJsonIsIndentedForPeople() {
        assertThat(json).startsWith("{\n  \"format\": \"accord/audit-bundle/v1\",\n  \"agreementId\": ");
        assertThat(json).contains("\n      \"leafHash\": \"");
    }

    @Test
    void parsingRefusesAnUnknownMember() {
        assertThatThrownBy(() -> AuditBundle.parse(json.replaceFirst("\\{", "{\"signedBy\": \"me\", ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown member \"signedBy\"");
        assertThatThrownBy(() -> AuditBundle.parse(json.replaceFirst("\"position\"", "\"note\": 1, \"position\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event 0 has an unknown member \"note\"");
    }

    @Test
    void parsingRefusesAnotherFormat() {
        assertThatThrownBy(() -> AuditBundle.parse(json.replace("accord/audit-bundle/v1", "accord/audit-bundle/v2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not \"accord/audit-bundle/v1\"");
        assertThatThrownBy(() -> AuditBundle.parse(json.replace("\"format\": \"accord/audit-bundle/v1\",", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no format member");
    }

    @Test
    void parsingRefusesHashesThatAreNotStrictBase64() {
        String hash = Base64.getEncoder().encodeToString(bundle.events().get(0).leafHash());
        assertThatThrownBy(() -> AuditBundle.parse(json.replace(hash, hash.replace("=", ""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event 0's leafHash is not standard");
        assertThatThrownBy(() -> AuditBundle.parse(json.replace(hash, "*" + hash.substring(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event 0's leafHash is not base64");
        String pathHash = Base64.getEncoder().encodeToString(bundle.events().get(0).auditPath().get(1));
        assertThatThrownBy(() -> AuditBundle.parse(json.replace(pathHash, pathHash.substring(0, pathHash.length() - 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("event 0's auditPath element 1 is not standard padded base64");
    }

    @Test
    void parsingRefusesMissingMembersAndWrongTypes() {
        assertThatThrownBy(() -> AuditBundle.parse(json.replaceFirst("\"verifierKey\": \"[^\"]*\",", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no \"verifierKey\" member");
        assertThatThrownBy(() -> AuditBundle.parse(json.replaceFirst("\"position\": (\\d+)", "\"position\": \"$1\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event 0's position must be a number");
        assertThatThrownBy(() -> AuditBundle.parse(json.replaceFirst("\"version\": 0", "\"version\": 0.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number");
        assertThatThrownBy(() -> AuditBundle.parse(json.replaceFirst("\"version\": 0", "\"version\": -1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> AuditBundle.parse("[]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a JSON object");
        assertThatThrownBy(() -> AuditBundle.parse("{\"format\": "))
                .isInstanceOf(JsonException.class);
    }

    @Test
    void bundledEventsAreComparedByContentAndCannotBeChangedFromOutside() {
        BundledEvent event = bundle.events().get(1);
        byte[] hash = event.leafHash();
        List<byte[]> path = new ArrayList<>(event.auditPath());
        BundledEvent copy = new BundledEvent(event.position(), event.version(), event.leaf(), hash, path);

        hash[0] ^= 1;
        path.get(0)[0] ^= 1;
        path.add(new byte[32]);
        event.leafHash()[1] ^= 1;
        event.auditPath().get(0)[1] ^= 1;

        assertThat(copy).isEqualTo(event).hasSameHashCodeAs(event);
        assertThat(copy.leafHash()).isNotEqualTo(hash);
        assertThat(copy.auditPath()).hasSize(path.size() - 1);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
