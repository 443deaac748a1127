package accord.benchmark.ledger;

import accord.benchmark.Figure;
import accord.benchmark.ScratchBenchmark;
import accord.benchmark.ScratchDatabase;
import accord.benchmark.ScratchKey;
import accord.benchmark.rebuild.Expectation;
import accord.benchmark.rebuild.LedgerWriter;
import accord.benchmark.rebuild.ServiceProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A scratch database for one run, the run's signing key, and the packaged service run on them as
 * users run it, over a generated, notarised ledger written straight into the tables. Closing it
 * deletes the key and drops the database, unless the database is kept for inspection.
 *
 * @param settings how the service runs
 * @param database the run's database
 * @param key      the run's signing key
 */
public record ScratchLedger(ServiceSettings settings, ScratchDatabase database, ScratchKey key) implements AutoCloseable {

    /**
     * What {@link #write} wrote.
     *
     * @param events     events, and so leaves
     * @param agreements what every agreement's state must show, the long history first
     * @param seconds    how long writing took
     */
    public record Written(int events, List<Expectation> agreements, double seconds) {

        /** @return the report's lines about the ledger */
        public List<Figure> figures() {
            return List.of(
                    Figure.info("ledger", String.format(Locale.ROOT, "%,d notarised events (leaves), %,d agreements",
                            events, agreements.size())),
                    Figure.info("ledger written, notarised (JDBC batches, leaves hashed by the writer)",
                            ScratchBenchmark.rate(events, seconds, "events")));
        }
    }

    /**
     * Creates the database and the key, and prints the machine, the database server and how the
     * service runs, for the report's reader.
     *
     * @param settings how the service runs
     * @param prefix   the start of the database's name
     * @return a new, empty database and a new key
     */
    public static ScratchLedger create(ServiceSettings settings, String prefix) throws SQLException, IOException {
        ScratchDatabase database = ScratchDatabase.create(settings.server(), prefix);
        if (settings.keepDatabase()) {
            System.out.println("keeping the database " + database.url() + " at the end (--keep-database)");
        }
        ScratchLedger ledger;
        try {
            ledger = new ScratchLedger(settings, database, ScratchKey.create());
        } catch (IOException | RuntimeException e) {
            if (!settings.keepDatabase()) {
                database.close();
            }
            throw e;
        }
        try {
            ledger.describe();
        } catch (SQLException | RuntimeException e) {
            ledger.close();
            throw e;
        }
        return ledger;
    }

    private void describe() throws SQLException {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s; java %s%n", runtime.availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.runtime.version"));
        System.out.println(database.version() + " at " + database.url() + "; service " + settings.jar()
                + " (java -Xmx" + settings.heap() + " " + String.join(" ", settings.serviceJvmArguments()) + ") "
                + String.join(" ", settings.serviceArguments()));
    }

    /** Starts the service once, so that Flyway creates the schema and the empty tree is signed, then stops it. */
    public void createSchema(Path log) throws IOException, InterruptedException {
        System.out.println("creating the schema: starting the service once ...");
        String admin = authorization("admin");
        try (ServiceProcess schema = start(log)) {
            schema.awaitHealthy(admin);
            schema.awaitCheckpoint(0, admin, Duration.ofMinutes(1));
        }
    }

    /**
     * Writes the generated ledger with {@link LedgerWriter} (agreements of 20 to 180 events, one of
     * 1,000, eight at a time interleaved), then readies it as a ledger in use: fresh statistics,
     * and every projection's token at the head, so the service starts caught up.
     *
     * @param events     events, and so leaves
     * @param leafHashes told every leaf hash written
     */
    public Written write(int events, LedgerWriter.LeafHashes leafHashes) throws SQLException, IOException {
        System.out.printf(Locale.ROOT, "writing %,d notarised events%s ...%n", events, ScratchBenchmark.load());
        try (Connection connection = database.connect()) {
            long start = System.nanoTime();
            List<Expectation> agreements = new LedgerWriter(events, 100, 8, 1000).write(connection, leafHashes);
            double seconds = (System.nanoTime() - start) / 1e9;
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze domain_event_entry");
                statement.execute("vacuum analyze ledger_leaf");
                try (ResultSet head = statement.executeQuery("select max(global_index) from domain_event_entry")) {
                    head.next();
                    LedgerWriter.skipFirstCatchUp(connection, head.getLong(1));
                }
            }
            return new Written(events, agreements, seconds);
        }
    }

    /** @return the service, started with the run's key and password on a free port; not yet answering */
    public ServiceProcess start(Path log) throws IOException {
        List<String> arguments = new ArrayList<>(key.serviceArguments());
        arguments.addAll(settings.serviceArguments());
        return ServiceProcess.start(settings.jar(), settings.heap(), settings.serviceJvmArguments(), database.url(),
                settings.server().user(), settings.password(), arguments, log);
    }

    /** @return the HTTP Basic {@code Authorization} value of one of the service's users */
    public String authorization(String user) {
        return ServiceProcess.basic(user, settings.password());
    }

    @Override
    public String toString() {
        return database + " and " + key;
    }

    /** Deletes the key, then drops the database unless it is kept. */
    @Override
    public void close() throws IOException, SQLException {
        try {
            key.close();
        } finally {
            if (!settings.keepDatabase()) {
                database.close();
            }
        }
    }
}
