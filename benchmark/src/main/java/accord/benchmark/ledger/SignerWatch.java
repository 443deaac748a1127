package accord.benchmark.ledger;

import accord.benchmark.ScratchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalDouble;

/**
 * Watches {@code pg_stat_activity} while the service starts, for the transaction in which its
 * checkpoint signer reads the leaves and stores the tree's nodes, and keeps when that transaction
 * started (the database's clock). With the checkpoint's {@code signed_at} it times the tree build
 * itself, without the service's start-up.
 */
final class SignerWatch implements AutoCloseable {

    private static final String SIGNER = "select extract(epoch from min(xact_start)) from pg_stat_activity"
            + " where datname = current_database() and pid <> pg_backend_pid()"
            + " and (query like '%from ledger_leaf where position >=%' or query like 'insert into ledger_node%')";
    private static final long POLL_MILLIS = 20;

    private final ScratchDatabase database;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile double firstStart = Double.NaN;
    private volatile String failure;

    private SignerWatch(ScratchDatabase database) {
        this.database = database;
        this.thread = new Thread(this::watch, "signer watch");
        this.thread.setDaemon(true);
    }

    static SignerWatch start(ScratchDatabase database) {
        SignerWatch watch = new SignerWatch(database);
        watch.thread.start();
        return watch;
    }

    private void watch() {
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(SIGNER)) {
            while (!stopped) {
                try (ResultSet result = query.executeQuery()) {
                    if (result.next()) {
                        double start = result.getDouble(1);
                        if (!result.wasNull() && (Double.isNaN(firstStart) || start < firstStart)) {
                            firstStart = start;
                        }
                    }
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (SQLException e) {
            failure = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return when the signer's transaction started, in seconds since the epoch, if it was seen */
    OptionalDouble transactionStart() {
        return Double.isNaN(firstStart) ? OptionalDouble.empty() : OptionalDouble.of(firstStart);
    }

    String failure() {
        return failure;
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.join(5_000);
    }
}
