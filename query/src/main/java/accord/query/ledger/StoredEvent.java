package accord.query.ledger;

import accord.messages.ledger.LeafRecord;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An event row with its ledger position and the leaf hash recorded when it was appended.
 * Its leaf is always recomputed from the row, never taken from storage.
 */
record StoredEvent(long position, byte[] recordedLeafHash, String eventId, String agreementId, long version,
                   String payloadType, String payloadRevision, String timeStamp, byte[] payload, byte[] metaData) {

    /** The columns {@link #read} needs, for {@code ledger_leaf l} joined with {@code domain_event_entry e}. */
    static final String COLUMNS = "l.position, l.leaf_hash, e.event_identifier, e.aggregate_identifier, "
            + "e.sequence_number, e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data";

    static StoredEvent read(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong("position"), rs.getBytes("leaf_hash"), rs.getString("event_identifier"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("payload_type"),
                rs.getString("payload_revision"), rs.getString("time_stamp"), rs.getBytes("payload"),
                rs.getBytes("meta_data"));
    }

    /** @return this event as the leaf at {@code position} with {@code leafHash} recorded for it */
    StoredEvent at(long position, byte[] leafHash) {
        return new StoredEvent(position, leafHash, eventId, agreementId, version, payloadType, payloadRevision,
                timeStamp, payload, metaData);
    }

    LeafRecord leaf() {
        return LeafRecord.fromStored(position, eventId, agreementId, version, payloadType, payloadRevision, timeStamp,
                payload, metaData);
    }
}
