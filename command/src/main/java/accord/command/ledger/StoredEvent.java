package accord.command.ledger;

import accord.messages.ledger.LeafRecord;
import java.sql.ResultSet;
import java.sql.SQLException;

/** An event row as Axon's JDBC event store keeps it: what a leaf is computed from. */
record StoredEvent(String eventId, String agreementId, long version, String payloadType, String payloadRevision,
                   String timeStamp, byte[] payload, byte[] metaData) {

    static final String COLUMNS =
            "event_identifier, aggregate_identifier, sequence_number, payload_type, payload_revision, time_stamp, payload, meta_data";

    static StoredEvent read(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getString("event_identifier"), rs.getString("aggregate_identifier"),
                rs.getLong("sequence_number"), rs.getString("payload_type"), rs.getString("payload_revision"),
                rs.getString("time_stamp"), rs.getBytes("payload"), rs.getBytes("meta_data"));
    }

    LeafRecord leaf(long position) {
        return LeafRecord.fromStored(position, eventId, agreementId, version, payloadType, payloadRevision, timeStamp,
                payload, metaData);
    }
}
