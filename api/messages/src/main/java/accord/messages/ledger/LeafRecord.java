package accord.messages.ledger;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The leaf of one committed event (docs/ledger.md §2): what the ledger commits to about it.
 * Two records are equal when their canonical bytes are, however the payload was first written.
 *
 * @param position the event's ledger position, from 0
 * @param eventId the event's unique id
 * @param agreementId the agreement (event stream) the event belongs to
 * @param version the event's sequence number within its agreement, from 0
 * @param eventType the payload type as stored
 * @param eventRevision the payload schema revision, or null for the first
 * @param recordedAt when it was recorded, ISO-8601 UTC as stored
 * @param recordedBy the principal who recorded it, or null
 * @param correlationId the id shared by everything one request caused, or null
 * @param causationId the id of the command message that caused it, or null
 * @param payload the event payload, a JSON object ({@code Map<String, ?>})
 */
public record LeafRecord(long position, String eventId, String agreementId, long version, String eventType,
                         String eventRevision, String recordedAt, String recordedBy, String correlationId,
                         String causationId, Object payload) {

    /** The value of the {@code format} member of every leaf of this format. */
    public static final String FORMAT = "accord/leaf/v1";

    /** Beyond 2^53 a JSON number (an IEEE double) no longer tells integers apart. */
    private static final long LARGEST_EXACT_INTEGER = 1L << 53;

    private static final Set<String> MEMBERS = Set.of("agreementId", "causationId", "correlationId", "eventId",
            "eventRevision", "eventType", "format", "occurredOn", "payload", "position", "recordedAt", "recordedBy",
            "version");

    /** Checks what every leaf must have. */
    public LeafRecord {
        requireCount("position", position);
        requireCount("version", version);
        require("eventId", eventId);
        require("agreementId", agreementId);
        require("eventType", eventType);
        require("recordedAt", recordedAt);
        if (!(payload instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("the payload must be a JSON object");
        }
    }

    /** @return the payload's {@code occurredOn} member, or null when it has none */
    public Object occurredOn() {
        return ((Map<?, ?>) payload).get("occurredOn");
    }

    /** @return the leaf's canonical bytes: the RFC 8785 form of the documented object, UTF-8 */
    public byte[] canonicalBytes() {
        Map<String, Object> leaf = new LinkedHashMap<>();
        leaf.put("agreementId", agreementId);
        leaf.put("causationId", causationId);
        leaf.put("correlationId", correlationId);
        leaf.put("eventId", eventId);
        leaf.put("eventRevision", eventRevision);
        leaf.put("eventType", eventType);
        leaf.put("format", FORMAT);
        leaf.put("occurredOn", occurredOn());
        leaf.put("payload", payload);
        leaf.put("position", position);
        leaf.put("recordedAt", recordedAt);
        leaf.put("recordedBy", recordedBy);
        leaf.put("version", version);
        return CanonicalJson.bytes(leaf);
    }

    /** Two records are equal when their canonical bytes are, however their payloads spell numbers. */
    @Override
    public boolean equals(Object other) {
        return other instanceof LeafRecord leaf && Arrays.equals(canonicalBytes(), leaf.canonicalBytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(canonicalBytes());
    }

    /** @return {@code SHA-256(0x00 || canonicalBytes())}, the leaf's hash in the tree */
    public byte[] leafHash() {
        return MerkleHashes.leafHash(canonicalBytes());
    }

    /**
     * Reads a leaf back from its canonical bytes, refusing anything that is not exactly a leaf of
     * format {@value #FORMAT} in canonical form.
     *
     * @param canonicalBytes the bytes a leaf hash was computed over
     * @return the leaf
     * @throws JsonException when the bytes are not JSON
     * @throws IllegalArgumentException when they are JSON but not a canonical leaf of this format
     */
    public static LeafRecord parse(byte[] canonicalBytes) {
        if (!(Json.parse(canonicalBytes) instanceof Map<?, ?> leaf)) {
            throw new IllegalArgumentException("a leaf is a JSON object");
        }
        if (!leaf.keySet().equals(MEMBERS)) {
            throw new IllegalArgumentException("a leaf has exactly the members " + MEMBERS + ", not " + leaf.keySet());
        }
        if (!FORMAT.equals(leaf.get("format"))) {
            throw new IllegalArgumentException("the leaf's format is " + leaf.get("format") + ", not " + FORMAT);
        }
        LeafRecord record = new LeafRecord(count(leaf, "position"), string(leaf, "eventId"),
                string(leaf, "agreementId"), count(leaf, "version"), string(leaf, "eventType"),
                string(leaf, "eventRevision"), string(leaf, "recordedAt"), string(leaf, "recordedBy"),
                string(leaf, "correlationId"), string(leaf, "causationId"), leaf.get("payload"));
        // Also catches an occurredOn that is not the payload's, and any non-canonical spelling.
        if (!Arrays.equals(record.canonicalBytes(), canonicalBytes)) {
            throw new IllegalArgumentException("the leaf is not in canonical form or its occurredOn is not the payload's");
        }
        return record;
    }

    /**
     * Builds the leaf of an event row as Axon's JDBC event store keeps it. Used both when the
     * leaf is appended and when it is audited, so it depends on nothing but its arguments.
     *
     * @param position the event's ledger position
     * @param eventId the row's {@code event_identifier}
     * @param agreementId the row's {@code aggregate_identifier}
     * @param version the row's {@code sequence_number}
     * @param payloadType the row's {@code payload_type}
     * @param payloadRevision the row's {@code payload_revision}, possibly null
     * @param timeStamp the row's {@code time_stamp}, as stored
     * @param payloadJson the row's {@code payload}: a UTF-8 JSON object
     * @param metaDataJson the row's {@code meta_data}: a UTF-8 JSON object, or null; only its
     *     string members {@code recordedBy}, {@code correlationId} and {@code causationId} count
     * @return the leaf
     * @throws JsonException when the payload or metadata is not JSON
     * @throws IllegalArgumentException when they are not JSON objects or a required value is missing
     */
    public static LeafRecord fromStored(long position, String eventId, String agreementId, long version,
                                        String payloadType, String payloadRevision, String timeStamp,
                                        byte[] payloadJson, byte[] metaDataJson) {
        if (payloadJson == null) {
            throw new IllegalArgumentException("the event has no payload");
        }
        Object payload = Json.parse(payloadJson);
        Map<?, ?> metaData = Map.of();
        if (metaDataJson != null) {
            if (!(Json.parse(metaDataJson) instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("the event's metadata is not a JSON object");
            }
            metaData = map;
        }
        return new LeafRecord(position, eventId, agreementId, version, payloadType, payloadRevision, timeStamp,
                textOrNull(metaData.get("recordedBy")), textOrNull(metaData.get("correlationId")),
                textOrNull(metaData.get("causationId")), payload);
    }

    private static String textOrNull(Object value) {
        return value instanceof String s ? s : null;
    }

    private static String string(Map<?, ?> leaf, String name) {
        Object value = leaf.get(name);
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException("the leaf's " + name + " must be a string or null");
        }
        return (String) value;
    }

    private static long count(Map<?, ?> leaf, String name) {
        if (!(leaf.get(name) instanceof BigDecimal number)) {
            throw new IllegalArgumentException("the leaf's " + name + " must be a number");
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the leaf's " + name + " must be a whole number", e);
        }
    }

    private static void requireCount(String name, long value) {
        if (value < 0 || value > LARGEST_EXACT_INTEGER) {
            throw new IllegalArgumentException(name + " " + value + " is outside 0.." + LARGEST_EXACT_INTEGER);
        }
    }

    private static void require(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException("the leaf's " + name + " is missing");
        }
    }
}
