package accord.query.feed;

import accord.messages.feed.EventType;
import accord.messages.ledger.LeafRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Which events a reader wants. Empty sets mean all. Positions stay the ledger's: a filtered
 * reader sees gaps in them where other events are, and resumes from the last position it saw.
 *
 * @param agreementIds only events of these agreements
 * @param types only events of these types
 */
public record FeedFilter(Set<String> agreementIds, Set<EventType> types) {

    /** Every event. */
    public static final FeedFilter ALL = new FeedFilter(Set.of(), Set.of());

    public FeedFilter {
        agreementIds = Set.copyOf(agreementIds);
        types = Set.copyOf(types);
    }

    /** @return whether the event passes the filter */
    public boolean matches(LeafRecord event) {
        return (agreementIds.isEmpty() || agreementIds.contains(event.agreementId()))
                && (types.isEmpty() || types.contains(EventType.ofStored(event.eventType(), event.eventRevision())));
    }

    /** @return whether it lets every event through */
    public boolean isAll() {
        return agreementIds.isEmpty() && types.isEmpty();
    }

    /** The SQL condition on {@code domain_event_entry e} (starting with " and "), with its arguments. */
    String sql(List<Object> arguments) {
        StringBuilder sql = new StringBuilder();
        if (!agreementIds.isEmpty()) {
            sql.append(" and e.aggregate_identifier in (").append(String.join(", ",
                    Collections.nCopies(agreementIds.size(), "?"))).append(')');
            arguments.addAll(agreementIds);
        }
        if (!types.isEmpty()) {
            List<String> alternatives = new ArrayList<>();
            for (EventType type : types) {
                arguments.add(type.payloadType());
                if (type.payloadRevision() == null) {
                    alternatives.add("(e.payload_type = ? and e.payload_revision is null)");
                } else {
                    alternatives.add("(e.payload_type = ? and e.payload_revision = ?)");
                    arguments.add(type.payloadRevision());
                }
            }
            sql.append(" and (").append(String.join(" or ", alternatives)).append(')');
        }
        return sql.toString();
    }
}
