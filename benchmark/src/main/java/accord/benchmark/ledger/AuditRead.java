package accord.benchmark.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The self-audit's baseline: the rows the audit reads, in its order, with its fetch size, on one
 * connection, every column fetched and nothing computed.
 */
final class AuditRead {

    static final String ROWS = "select l.position, l.leaf_hash, e.event_identifier, e.aggregate_identifier,"
            + " e.sequence_number, e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data"
            + " from ledger_leaf l left join domain_event_entry e on e.event_identifier = l.event_identifier"
            + " order by l.position";
    static final int FETCH = 8192;

    private AuditRead() {
    }

    /** @return the rows read; the connection is left in auto-commit mode */
    static long read(Connection connection) throws SQLException {
        long rows = 0;
        long bytes = 0;
        connection.setAutoCommit(false);
        try (PreparedStatement select = connection.prepareStatement(ROWS)) {
            select.setFetchSize(FETCH);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    long position = result.getLong(1);
                    byte[] leafHash = result.getBytes(2);
                    String eventId = result.getString(3);
                    String agreementId = result.getString(4);
                    long version = result.getLong(5);
                    String payloadType = result.getString(6);
                    String revision = result.getString(7);
                    String timeStamp = result.getString(8);
                    byte[] payload = result.getBytes(9);
                    byte[] metaData = result.getBytes(10);
                    bytes += position + leafHash.length + eventId.length() + agreementId.length() + version
                            + payloadType.length() + (revision == null ? 0 : revision.length()) + timeStamp.length()
                            + payload.length + metaData.length;
                    rows++;
                }
            }
        } finally {
            connection.commit();
            connection.setAutoCommit(true);
        }
        if (bytes < 0) {
            throw new IllegalStateException("Unreachable: keeps the columns read");
        }
        return rows;
    }
}
