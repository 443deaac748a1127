package accord.benchmark.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.postgresql.PGStatement;

/**
 * The self-audit's baseline: the rows the audit reads, with its fetch size and binary transfers,
 * every column fetched and nothing computed. The audit scans the leaves in position order and the
 * events in Axon's order on two connections at once; the baseline reads the same two scans one
 * after the other on one connection.
 */
final class AuditRead {

    static final String LEAVES = "select position, event_identifier, leaf_hash from ledger_leaf order by position";
    static final String EVENTS = "select event_identifier, aggregate_identifier, sequence_number, payload_type,"
            + " payload_revision, time_stamp, payload, meta_data from domain_event_entry order by global_index";
    static final int FETCH = 8192;

    private AuditRead() {
    }

    /** @return the leaves read (the events are read too); the connection is left in auto-commit mode */
    static long read(Connection connection) throws SQLException {
        long leaves;
        connection.setAutoCommit(false);
        try {
            leaves = scan(connection, LEAVES, result -> result.getLong(1) + result.getString(2).length()
                    + result.getBytes(3).length);
            scan(connection, EVENTS, result -> {
                String revision = result.getString(5);
                return result.getString(1).length() + result.getString(2).length() + result.getLong(3)
                        + result.getString(4).length() + (revision == null ? 0 : revision.length())
                        + result.getString(6).length() + result.getBytes(7).length + result.getBytes(8).length;
            });
        } finally {
            connection.commit();
            connection.setAutoCommit(true);
        }
        return leaves;
    }

    private interface Columns {
        long read(ResultSet result) throws SQLException;
    }

    private static long scan(Connection connection, String sql, Columns columns) throws SQLException {
        long rows = 0;
        long bytes = 0;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(FETCH);
            select.unwrap(PGStatement.class).setPrepareThreshold(-1);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    bytes += columns.read(result);
                    rows++;
                }
            }
        }
        if (bytes < 0) {
            throw new IllegalStateException("Unreachable: keeps the columns read");
        }
        return rows;
    }
}
