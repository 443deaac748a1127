package accord.query.ledger;

import accord.messages.recording.RecordingMetadata;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger position of an event a projection handles: the one its metadata carries, or, for an
 * event recorded before the ledger existed, the one the ledger's backfill gave it.
 */
public class LedgerPositions {

    /** The position of events appended while notarisation is off (a benchmark's baseline only). */
    public static final long UNKNOWN = -1;

    private final JdbcTemplate jdbc;
    private final boolean notarised;

    /**
     * @param jdbc      the ledger's database
     * @param notarised false when appends are not notarised: events then have no position
     */
    public LedgerPositions(JdbcTemplate jdbc, boolean notarised) {
        this.jdbc = jdbc;
        this.notarised = notarised;
    }

    /** @param jdbc the ledger's database, where every append is notarised */
    public LedgerPositions(JdbcTemplate jdbc) {
        this(jdbc, true);
    }

    /**
     * @param eventId  the event's identifier
     * @param metaData its metadata
     * @return its ledger position
     */
    public long of(String eventId, MetaData metaData) {
        Object position = metaData.get(RecordingMetadata.LEDGER_POSITION);
        if (position != null) {
            return Long.parseLong(position.toString());
        }
        if (!notarised) {
            return UNKNOWN;
        }
        return jdbc.queryForObject("select position from ledger_leaf where event_identifier = ?", Long.class, eventId);
    }
}
