package accord.benchmark.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The baseline: the whole event table read in global order on one connection, a page of 1,000
 * rows at a time after the last position read, every column fetched, as an event processor
 * reads it.
 */
final class RawRead {

    private static final String PAGE = "select global_index, event_identifier, aggregate_identifier, sequence_number,"
            + " type, time_stamp, payload_type, payload_revision, payload, meta_data from domain_event_entry"
            + " where global_index > ? order by global_index limit 1000";

    private RawRead() {
    }

    /**
     * @param connection the connection to read on
     * @param limit stop after this many rows
     * @return rows read
     */
    static long read(Connection connection, long limit) throws SQLException {
        long rows = 0;
        long last = -1;
        long bytes = 0;
        try (PreparedStatement page = connection.prepareStatement(PAGE)) {
            while (rows < limit) {
                page.setLong(1, last);
                int pageRows = 0;
                try (ResultSet result = page.executeQuery()) {
                    while (result.next()) {
                        last = result.getLong(1);
                        bytes += result.getString(2).length() + result.getString(3).length() + result.getLong(4)
                                + result.getString(6).length() + result.getString(7).length()
                                + result.getBytes(9).length + result.getBytes(10).length;
                        pageRows++;
                    }
                }
                if (pageRows == 0) {
                    break;
                }
                rows += pageRows;
            }
        }
        if (bytes < 0) {
            throw new IllegalStateException("Unreachable: keeps the columns read");
        }
        return rows;
    }
}
