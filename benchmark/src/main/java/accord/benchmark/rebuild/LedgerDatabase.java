package accord.benchmark.rebuild;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** A uniquely named PostgreSQL database that holds one run's ledger and is dropped after it. */
final class LedgerDatabase implements AutoCloseable {

    private final RebuildOptions options;
    private final String name;

    private LedgerDatabase(RebuildOptions options, String name) {
        this.options = options;
        this.name = name;
    }

    static LedgerDatabase create(RebuildOptions options) throws SQLException {
        String name = "accord_rebuild_"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
        execute(options, "create database " + name);
        return new LedgerDatabase(options, name);
    }

    String url() {
        return options.url(name);
    }

    String user() {
        return options.user();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), options.user(), "");
    }

    String version() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                var result = statement.executeQuery("show server_version")) {
            result.next();
            return "PostgreSQL " + result.getString(1);
        }
    }

    @Override
    public String toString() {
        return "database " + name;
    }

    /** Drops the database, ending any session the service may have left open. */
    @Override
    public void close() throws SQLException {
        execute(options, "drop database if exists " + name + " with (force)");
    }

    private static void execute(RebuildOptions options, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(options.url("postgres"), options.user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
