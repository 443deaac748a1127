package accord.benchmark.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The catch-up's baseline: the rows {@code GET /events} reads, by the statement it runs
 * ({@code accord.query.feed.AgreementFeed}, no filter: leaves joined with their events, in position
 * order, below the ledger size), pages of 1,000 after the last position read, on one connection,
 * the driver's defaults as the service has them. Every column is fetched; nothing is parsed.
 */
final class FeedRead {

    static final String PAGE = "select l.position, e.event_identifier, e.aggregate_identifier, e.sequence_number,"
            + " e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data"
            + " from ledger_leaf l join domain_event_entry e on e.event_identifier = l.event_identifier"
            + " where l.position > ? and l.position < ? order by l.position limit ?";
    static final int PAGE_SIZE = 1_000;

    private FeedRead() {
    }

    /**
     * @param connection the connection to read on
     * @param head       the ledger's size: read below it
     * @param count      stop after this many rows (at least)
     * @return rows read, their positions checked to run 0, 1, 2, … without a gap
     */
    static long read(Connection connection, long head, long count) throws SQLException {
        long rows = 0;
        long bytes = 0;
        try (PreparedStatement page = connection.prepareStatement(PAGE)) {
            page.setLong(2, head);
            page.setInt(3, PAGE_SIZE);
            int pageRows = PAGE_SIZE;
            while (rows < count && pageRows == PAGE_SIZE) {
                page.setLong(1, rows - 1);
                pageRows = 0;
                try (ResultSet result = page.executeQuery()) {
                    while (result.next()) {
                        if (result.getLong(1) != rows + pageRows) {
                            throw new IllegalStateException("The raw read found position " + result.getLong(1)
                                    + " where " + (rows + pageRows) + " belongs");
                        }
                        String revision = result.getString(6);
                        bytes += result.getString(2).length() + result.getString(3).length() + result.getLong(4)
                                + result.getString(5).length() + (revision == null ? 0 : revision.length())
                                + result.getString(7).length() + result.getBytes(8).length + result.getBytes(9).length;
                        pageRows++;
                    }
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
