package accord.http.ledger;

import accord.messages.ledger.LeafRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway migration 6: gives the events recorded before the ledger existed (migration 5) their
 * leaves, at positions 0, 1, 2, … in the order Axon stored them. They carry no position in their
 * metadata; the read side looks theirs up. On a new database there is nothing to do.
 */
public class LedgerBackfill implements JavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6");
    }

    @Override
    public String getDescription() {
        return "ledger backfill";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long position = 0;
        try (Statement select = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into ledger_leaf (position, event_identifier, leaf_hash) values (?, ?, ?)")) {
            select.setFetchSize(BATCH);
            try (ResultSet rs = select.executeQuery("select event_identifier, aggregate_identifier, sequence_number, "
                    + "payload_type, payload_revision, time_stamp, payload, meta_data from domain_event_entry "
                    + "order by global_index")) {
                while (rs.next()) {
                    LeafRecord leaf = LeafRecord.fromStored(position, rs.getString(1), rs.getString(2), rs.getLong(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getBytes(7), rs.getBytes(8));
                    insert.setLong(1, position);
                    insert.setString(2, rs.getString(1));
                    insert.setBytes(3, leaf.leafHash());
                    insert.addBatch();
                    if (++position % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement head = connection.prepareStatement("update ledger_head set size = ? where id = 1")) {
            head.setLong(1, position);
            head.executeUpdate();
        }
    }
}
