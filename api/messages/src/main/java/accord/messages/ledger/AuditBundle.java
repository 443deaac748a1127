package accord.messages.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything an auditor needs to check one agreement's history offline (docs/ledger.md §6): each
 * event's leaf with its inclusion proof to one signed checkpoint, that checkpoint, and the
 * service's verifier key. A bundle is a claim, not a proof: nothing in it is trusted until
 * {@code accord.messages.ledger.verifier.BundleVerifier} has checked it against a pinned key.
 *
 * @param agreementId the agreement whose events these are
 * @param checkpoint the signed note of the checkpoint every proof leads to, as text
 * @param verifierKey the verifier key the service says it signs with; only for auditors with none pinned
 * @param events the agreement's events, in version order
 */
public record AuditBundle(String agreementId, String checkpoint, String verifierKey, List<BundledEvent> events) {

    /** The value of the {@code format} member of every bundle of this format. */
    public static final String FORMAT = "accord/audit-bundle/v1";

    /** The largest whole number a JSON number (an IEEE double) still tells apart from its neighbours. */
    private static final long LARGEST_EXACT_INTEGER = 1L << 53;

    private static final List<String> MEMBERS = List.of("format", "agreementId", "checkpoint", "verifierKey", "events");
    private static final List<String> EVENT_MEMBERS = List.of("position", "version", "leaf", "leafHash", "auditPath");

    /** Requires every value to be present, and copies the events. */
    public AuditBundle {
        if (agreementId == null || checkpoint == null || verifierKey == null || events == null) {
            throw new IllegalArgumentException("a bundle has an agreement id, a checkpoint, a verifier key and events");
        }
        for (BundledEvent event : events) {
            if (event == null) {
                throw new IllegalArgumentException("a bundle has no missing events");
            }
        }
        events = List.copyOf(events);
    }

    /**
     * @return the bundle as JSON for people to read: indented, members in the documented order, hashes in
     *     standard padded base64
     */
    public String toJson() {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("format", FORMAT);
        bundle.put("agreementId", agreementId);
        bundle.put("checkpoint", checkpoint);
        bundle.put("verifierKey", verifierKey);
        List<Object> list = new ArrayList<>(events.size());
        for (BundledEvent event : events) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("position", event.position());
            member.put("version", event.version());
            member.put("leaf", event.leaf());
            member.put("leafHash", Base64Strict.encode(event.leafHash()));
            member.put("auditPath", event.auditPath().stream().map(Base64Strict::encode).toList());
            list.add(member);
        }
        bundle.put("events", list);
        return Json.pretty(bundle);
    }

    /**
     * Reads a bundle strictly: exactly the documented members with the documented types, format
     * {@value #FORMAT}, hashes in standard padded base64. It does not check that the bundle is true;
     * that is the verifier's work.
     *
     * @param json the bundle as JSON
     * @return the bundle
     * @throws JsonException when the text is not JSON
     * @throws IllegalArgumentException when it is JSON but not a bundle of this format; the message says why
     */
    public static AuditBundle parse(String json) {
        if (json == null) {
            throw new IllegalArgumentException("there is no bundle text");
        }
        if (!(Json.parse(json) instanceof Map<?, ?> bundle)) {
            throw new IllegalArgumentException("an audit bundle is a JSON object");
        }
        if (!bundle.containsKey("format")) {
            throw new IllegalArgumentException("the bundle has no format member; expected \"" + FORMAT + "\"");
        }
        if (!FORMAT.equals(bundle.get("format"))) {
            throw new IllegalArgumentException("the bundle's format is " + describe(bundle.get("format"))
                    + ", not \"" + FORMAT + "\"");
        }
        requireMembers(bundle, MEMBERS, "the bundle");
        if (!(bundle.get("events") instanceof List<?> list)) {
            throw new IllegalArgumentException("the bundle's events must be an array");
        }
        List<BundledEvent> events = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            events.add(event(list.get(i), "event " + i));
        }
        return new AuditBundle(string(bundle, "agreementId", "the bundle"), string(bundle, "checkpoint", "the bundle"),
                string(bundle, "verifierKey", "the bundle"), events);
    }

    private static BundledEvent event(Object value, String what) {
        if (!(value instanceof Map<?, ?> event)) {
            throw new IllegalArgumentException(what + " must be an object");
        }
        requireMembers(event, EVENT_MEMBERS, what);
        if (!(event.get("auditPath") instanceof List<?> path)) {
            throw new IllegalArgumentException(what + "'s auditPath must be an array");
        }
        List<byte[]> auditPath = new ArrayList<>(path.size());
        for (int i = 0; i < path.size(); i++) {
            if (!(path.get(i) instanceof String hash)) {
                throw new IllegalArgumentException(what + "'s auditPath element " + i + " must be a string");
            }
            auditPath.add(Base64Strict.decode(hash, what + "'s auditPath element " + i));
        }
        return new BundledEvent(count(event, "position", what), count(event, "version", what),
                string(event, "leaf", what), Base64Strict.decode(string(event, "leafHash", what), what + "'s leafHash"),
                auditPath);
    }

    private static void requireMembers(Map<?, ?> object, List<String> expected, String what) {
        for (Object name : object.keySet()) {
            if (!expected.contains(name)) {
                throw new IllegalArgumentException(what + " has an unknown member \"" + name + "\"; it has only "
                        + expected);
            }
        }
        for (String name : expected) {
            if (!object.containsKey(name)) {
                throw new IllegalArgumentException(what + " has no \"" + name + "\" member");
            }
        }
    }

    private static String string(Map<?, ?> object, String name, String what) {
        if (!(object.get(name) instanceof String value)) {
            throw new IllegalArgumentException(what + "'s " + name + " must be a string");
        }
        return value;
    }

    private static long count(Map<?, ?> object, String name, String what) {
        if (!(object.get(name) instanceof BigDecimal number)) {
            throw new IllegalArgumentException(what + "'s " + name + " must be a number");
        }
        long value;
        try {
            value = number.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + "'s " + name + " must be a whole number", e);
        }
        if (value < 0 || value > LARGEST_EXACT_INTEGER) {
            throw new IllegalArgumentException(what + "'s " + name + " " + value + " is outside 0.." + LARGEST_EXACT_INTEGER);
        }
        return value;
    }

    private static String describe(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
