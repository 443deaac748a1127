package accord.query.feed;

import accord.messages.ledger.LeafRecord;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads committed events in ledger-position order.
 *
 * <p>Positions are claimed under the {@code ledger_head} row lock and committed in order, so once
 * {@code ledger_head.size} says N, every position below N is committed and visible: a reader that
 * only reads below the size it saw can never skip an event that commits later.
 */
public class AgreementFeed {

    private static final String COLUMNS = "l.position, e.event_identifier, e.aggregate_identifier, "
            + "e.sequence_number, e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data";

    private final JdbcTemplate jdbc;

    public AgreementFeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the ledger's size: the number of committed events with a position */
    public long head() {
        return jdbc.queryForObject("select size from ledger_head where id = 1", Long.class);
    }

    /**
     * @param after read events after this position; -1 for the first
     * @param limit at most this many events
     * @param filter which events
     * @return the page
     */
    public FeedPage read(long after, int limit, FeedFilter filter) {
        long head = head();
        return read(after, head, limit, filter);
    }

    /**
     * @param after read events after this position; -1 for the first
     * @param head  read below this position only: a ledger size already seen
     * @param limit at most this many events
     * @param filter which events
     * @return the page
     */
    public FeedPage read(long after, long head, int limit, FeedFilter filter) {
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be positive, not " + limit);
        }
        if (after + 1 >= head) {
            return new FeedPage(List.of(), after, head);
        }
        List<Object> arguments = new ArrayList<>(List.of(after, head));
        String condition = filter.sql(arguments);
        arguments.add(limit);
        List<LeafRecord> events = jdbc.query("select " + COLUMNS + " from ledger_leaf l join domain_event_entry e "
                        + "on e.event_identifier = l.event_identifier where l.position > ? and l.position < ?"
                        + condition + " order by l.position limit ?",
                (rs, row) -> LeafRecord.fromStored(rs.getLong("position"), rs.getString("event_identifier"),
                        rs.getString("aggregate_identifier"), rs.getLong("sequence_number"),
                        rs.getString("payload_type"), rs.getString("payload_revision"), rs.getString("time_stamp"),
                        rs.getBytes("payload"), rs.getBytes("meta_data")),
                arguments.toArray());
        long next = events.size() == limit ? events.get(events.size() - 1).position() : head - 1;
        return new FeedPage(events, next, head);
    }
}
