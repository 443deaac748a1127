package accord.http.feed;

import accord.http.agreements.AgreementIds;
import accord.http.agreements.QueryParameters;
import accord.messages.feed.EventType;
import accord.query.feed.FeedFilter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/** Reads the feed's parameters, refusing wrong ones with a field problem. */
final class FeedRequests {

    static final String NOW = "now";

    private FeedRequests() {
    }

    /**
     * @param field the parameter's name
     * @param text  a ledger position, -1 for before the first, or {@code now} for the ledger's current end
     * @param head  the ledger's size
     * @return the position to read after
     * @throws accord.http.problems.InvalidRequest when it is not one, or beyond the ledger's end
     */
    static long after(String field, String text, LongSupplier head) {
        if (text == null || text.isBlank()) {
            return -1;
        }
        String value = text.trim();
        if (NOW.equals(value)) {
            return head.getAsLong() - 1;
        }
        try {
            long position = Long.parseLong(value);
            if (position < -1) {
                throw QueryParameters.invalid(field, "OUT_OF_RANGE", "must be -1 or more, or 'now'");
            }
            long size = head.getAsLong();
            if (position >= size) {
                // A reader cannot have seen a position the ledger does not hold: it is following another ledger.
                throw QueryParameters.invalid(field, "OUT_OF_RANGE", "the ledger holds " + size
                        + " events, so the last position a reader can have is " + (size - 1) + ", not " + position);
            }
            return position;
        } catch (NumberFormatException e) {
            throw QueryParameters.invalid(field, "WRONG_TYPE",
                    "must be a ledger position (a whole number from -1) or 'now', not '" + value + "'");
        }
    }

    /** @return the filter of these parameters */
    static FeedFilter filter(List<String> agreementIds, List<String> types) {
        Set<String> agreements = new LinkedHashSet<>();
        for (String id : agreementIds == null ? List.<String>of() : agreementIds) {
            if (!AgreementIds.isValid(id)) {
                throw QueryParameters.invalid("agreementId", "INVALID_AGREEMENT_ID",
                        "'" + id + "' is not an agreement id: a URL-safe slug such as kr-us-technology-prosperity-deal");
            }
            agreements.add(id);
        }
        Set<EventType> wanted = new LinkedHashSet<>();
        for (String type : types == null ? List.<String>of() : types) {
            wanted.add(EventType.parse(type.trim()).orElseThrow(() -> QueryParameters.invalid("type",
                    "UNKNOWN_EVENT_TYPE", "'" + type + "' is not an event type; use a CloudEvents type such as "
                            + EventType.all().get(0).cloudEventType() + " or a bare name such as "
                            + EventType.all().get(0).name() + " (GET /schemas/events lists them)")));
        }
        return new FeedFilter(agreements, wanted);
    }
}
