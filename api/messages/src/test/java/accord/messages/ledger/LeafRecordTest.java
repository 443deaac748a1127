package accord.messages.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeafRecordTest {

    private static final String PAYLOAD = "{\"agreementId\": \"kr-blackrock-ai-datacentre-mou\","
            + " \"title\": \"AI data centre MoU \\u2013 S\\u00e9oul\","
            + " \"occurredOn\": {\"precision\": \"MONTH\", \"date\": \"2025-09\"},"
            + " \"signatories\": [{\"role\": \"MINISTER\", \"name\": \"Kim\"}], \"amountUsd\": 1.50e9, \"ratio\": 0.10}";

    private static final String META_DATA = "{\"traceId\": \"ignored\", \"recordedBy\": \"clerk@accord.example\","
            + " \"correlationId\": \"corr-1\", \"causationId\": \"cmd-1\", \"ledgerPosition\": 7}";

    /**
     * The same leaf canonicalized outside the project by sorting keys in node and printing with
     * JSON.stringify; its leaf hash computed with Python's hashlib over those bytes.
     */
    private static final String CANONICAL = "{\"agreementId\":\"kr-blackrock-ai-datacentre-mou\",\"causationId\":\"cmd-1\","
            + "\"correlationId\":\"corr-1\",\"eventId\":\"3f1c2a9e-0000-4000-8000-000000000007\",\"eventRevision\":null,"
            + "\"eventType\":\"accord.messages.events.MoUSigned\",\"format\":\"accord/leaf/v1\","
            + "\"occurredOn\":{\"date\":\"2025-09\",\"precision\":\"MONTH\"},"
            + "\"payload\":{\"agreementId\":\"kr-blackrock-ai-datacentre-mou\",\"amountUsd\":1500000000,"
            + "\"occurredOn\":{\"date\":\"2025-09\",\"precision\":\"MONTH\"},\"ratio\":0.1,"
            + "\"signatories\":[{\"name\":\"Kim\",\"role\":\"MINISTER\"}],\"title\":\"AI data centre MoU \u2013 S\u00e9oul\"},"
            + "\"position\":7,\"recordedAt\":\"2025-10-01T09:30:00.123456789Z\",\"recordedBy\":\"clerk@accord.example\",\"version\":2}";

    private static final String LEAF_HASH = "c2ed2abd72bc9f54021363d79d625d96def8796fc2f1ca44e8b338910a76554c";

    private static LeafRecord stored(String payload, String metaData) {
        return LeafRecord.fromStored(7, "3f1c2a9e-0000-4000-8000-000000000007", "kr-blackrock-ai-datacentre-mou", 2,
                "accord.messages.events.MoUSigned", null, "2025-10-01T09:30:00.123456789Z", utf8(payload),
                metaData == null ? null : utf8(metaData));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aStoredEventBecomesTheKnownCanonicalLeaf() {
        LeafRecord leaf = stored(PAYLOAD, META_DATA);
        assertThat(new String(leaf.canonicalBytes(), StandardCharsets.UTF_8)).isEqualTo(CANONICAL);
        assertThat(Hex.of(leaf.leafHash())).isEqualTo(LEAF_HASH);
    }

    @Test
    void canonicalBytesAreCanonical() {
        byte[] bytes = stored(PAYLOAD, META_DATA).canonicalBytes();
        assertThat(CanonicalJson.canonicalize(new String(bytes, StandardCharsets.UTF_8)))
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void parsingCanonicalBytesGivesTheSameLeafBack() {
        LeafRecord leaf = stored(PAYLOAD, META_DATA);
        LeafRecord parsed = LeafRecord.parse(leaf.canonicalBytes());
        assertThat(parsed).isEqualTo(leaf);
        assertThat(parsed.canonicalBytes()).isEqualTo(leaf.canonicalBytes());
        assertThat(parsed.recordedBy()).isEqualTo("clerk@accord.example");
        assertThat(parsed.occurredOn()).isEqualTo(Map.of("date", "2025-09", "precision", "MONTH"));
    }

    @Test
    void theSameStoredRowAlwaysGivesTheSameBytes() {
        assertThat(stored(PAYLOAD, META_DATA).canonicalBytes()).isEqualTo(stored(PAYLOAD, META_DATA).canonicalBytes());
        String reordered = "{\"ratio\":0.1,\"amountUsd\":1500000000,\"signatories\":[{\"name\":\"Kim\",\"role\":\"MINISTER\"}],"
                + "\"occurredOn\":{\"date\":\"2025-09\",\"precision\":\"MONTH\"},\"title\":\"AI data centre MoU \u2013 S\u00e9oul\","
                + "\"agreementId\":\"kr-blackrock-ai-datacentre-mou\"}";
        assertThat(stored(reordered, META_DATA)).isEqualTo(stored(PAYLOAD, META_DATA));
    }

    @Test
    void missingMetadataLeavesWhoAndWhyNull() {
        for (String metaData : new String[] {null, "{}", "{\"recordedBy\": 5, \"correlationId\": null}"}) {
            LeafRecord leaf = stored(PAYLOAD, metaData);
            assertThat(leaf.recordedBy()).isNull();
            assertThat(leaf.correlationId()).isNull();
            assertThat(leaf.causationId()).isNull();
            assertThat(new String(leaf.canonicalBytes(), StandardCharsets.UTF_8))
                    .contains("\"causationId\":null,\"correlationId\":null,").contains("\"recordedBy\":null,");
        }
    }

    @Test
    void aPayloadWithoutOccurredOnHasANullOccurredOn() {
        LeafRecord leaf = stored("{\"reason\": \"expired\"}", null);
        assertThat(new String(leaf.canonicalBytes(), StandardCharsets.UTF_8)).contains("\"occurredOn\":null,");
        assertThat(LeafRecord.parse(leaf.canonicalBytes())).isEqualTo(leaf);
    }

    @Test
    void storedRowsThatAreNotJsonObjectsAreRefused() {
        assertThatThrownBy(() -> stored("[1]", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stored("{\"a\":1,\"a\":2}", null)).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> stored(PAYLOAD, "\"clerk\"")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stored(PAYLOAD, "{")).isInstanceOf(JsonException.class);
    }

    @Test
    void bytesThatAreNotACanonicalLeafOfThisFormatAreRefused() {
        String[] wrong = {
            CANONICAL.replace("\"version\":2}", "\"version\":2,\"extra\":1}"),
            CANONICAL.replace("\"recordedBy\":\"clerk@accord.example\",", ""),
            CANONICAL.replace("accord/leaf/v1", "accord/leaf/v2"),
            CANONICAL.replace("\"position\":7", "\"position\":7.5"),
            CANONICAL.replace("\"position\":7", "\"position\":-7"),
            CANONICAL.replace("\"position\":7", "\"position\":\"7\""),
            CANONICAL.replace("\"version\":2", "\"version\":2.0"),
            CANONICAL.replace("\"eventType\":\"accord.messages.events.MoUSigned\"", "\"eventType\":null"),
            CANONICAL.replace("\"recordedBy\":\"clerk@accord.example\"", "\"recordedBy\":7"),
            CANONICAL.replace("{\"date\":\"2025-09\",\"precision\":\"MONTH\"},\"payload\"", "null,\"payload\""),
            CANONICAL.replace("\"ratio\":0.1", "\"ratio\":0.10"),
            CANONICAL.replace("\"causationId\":\"cmd-1\",\"correlationId\":\"corr-1\",", "\"correlationId\":\"corr-1\",\"causationId\":\"cmd-1\","),
            CANONICAL.replace(",", ", "),
            CANONICAL + "\n",
            "[" + CANONICAL + "]",
        };
        for (String text : wrong) {
            assertThatThrownBy(() -> LeafRecord.parse(utf8(text))).as(text).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> LeafRecord.parse(utf8(CANONICAL.substring(1)))).isInstanceOf(JsonException.class);
    }
}
