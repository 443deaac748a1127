package accord.messages.queries;

import java.util.List;

/**
 * How one fact of an agreement changed between two versions. A list fact names the elements
 * added and removed; any other fact names its value before and after.
 *
 * @param fact the field of {@link AgreementState}, for example sites
 * @param before the value at the earlier version, or null for a list fact
 * @param after the value at the later version, or null for a list fact
 * @param added the list elements present only at the later version; empty for other facts
 * @param removed the list elements present only at the earlier version; empty for other facts
 * @param changedBy the events between the two versions that changed the fact, in version order
 */
public record FactChange(
        String fact,
        Object before,
        Object after,
        List<Object> added,
        List<Object> removed,
        List<EventReference> changedBy) {
}
