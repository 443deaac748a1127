package accord.messages.feed;

import accord.messages.events.AgreementEvent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event type at one revision, and its stable names: the CloudEvents {@code type}
 * ({@code example.accord.agreement.MoUSigned.v1}), the stored payload type, and its JSON Schema.
 *
 * @param name the event's simple name, e.g. {@code MoUSigned}
 * @param revision its payload revision, from 1 (a stored revision of null is 1)
 */
public record EventType(String name, int revision) {

    /**
     * Prefix of every CloudEvents {@code type}. {@code example} is a reserved top-level domain,
     * so the names can collide with nobody's and do not depend on where Accord is deployed.
     */
    public static final String CLOUD_EVENT_TYPE_PREFIX = "example.accord.agreement.";

    /** Where the JSON Schemas are on the class path: {@code <folder>/<name>.v<revision>.json}. */
    public static final String SCHEMA_FOLDER = "accord/messages/schemas/events";

    private static final String EVENTS_PACKAGE = AgreementEvent.class.getPackageName() + ".";

    public EventType {
        Objects.requireNonNull(name, "name");
        if (revision < 1) {
            throw new IllegalArgumentException("revisions count from 1, not " + revision);
        }
    }

    /** @return every event type Accord records, at its current revision */
    public static List<EventType> all() {
        return Arrays.stream(AgreementEvent.class.getPermittedSubclasses())
                .map(type -> new EventType(type.getSimpleName(), 1))
                .sorted(Comparator.comparing(EventType::name))
                .toList();
    }

    /**
     * @param payloadType the payload type as the event store keeps it (a class name)
     * @param payloadRevision the stored revision, or null for the first
     * @return the event type
     */
    public static EventType ofStored(String payloadType, String payloadRevision) {
        String name = payloadType.startsWith(EVENTS_PACKAGE)
                ? payloadType.substring(EVENTS_PACKAGE.length())
                : payloadType.substring(payloadType.lastIndexOf('.') + 1);
        return new EventType(name, payloadRevision == null || payloadRevision.isBlank()
                ? 1 : Integer.parseInt(payloadRevision.trim()));
    }

    /**
     * Reads a CloudEvents type name, or a bare event name (any revision is then taken as 1).
     *
     * @param text e.g. {@code example.accord.agreement.MoUSigned.v1} or {@code MoUSigned}
     * @return the event type, or empty when the text names none Accord records
     */
    public static Optional<EventType> parse(String text) {
        String name = text;
        int revision = 1;
        if (text.startsWith(CLOUD_EVENT_TYPE_PREFIX)) {
            String rest = text.substring(CLOUD_EVENT_TYPE_PREFIX.length());
            int dot = rest.lastIndexOf(".v");
            if (dot < 0) {
                return Optional.empty();
            }
            name = rest.substring(0, dot);
            try {
                revision = Integer.parseInt(rest.substring(dot + 2));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        String wanted = name;
        int wantedRevision = revision;
        return all().stream().filter(type -> type.name.equals(wanted) && type.revision == wantedRevision).findFirst();
    }

    /** @return the CloudEvents {@code type}, e.g. {@code example.accord.agreement.MoUSigned.v1} */
    public String cloudEventType() {
        return CLOUD_EVENT_TYPE_PREFIX + name + ".v" + revision;
    }

    /** @return the payload type the event store keeps for it */
    public String payloadType() {
        return EVENTS_PACKAGE + name;
    }

    /** @return the stored revision: null for revision 1, as Axon stores an unrevised payload */
    public String payloadRevision() {
        return revision == 1 ? null : Integer.toString(revision);
    }

    /** @return the file name of its JSON Schema, e.g. {@code MoUSigned.v1.json} */
    public String schemaFileName() {
        return name + ".v" + revision + ".json";
    }

    /** @return where its JSON Schema is on the class path */
    public String schemaResource() {
        return SCHEMA_FOLDER + "/" + schemaFileName();
    }
}
