package accord.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** A uniquely named PostgreSQL database that exists for one run only. */
public final class ScratchDatabase implements AutoCloseable {

    private final Options.Server server;
    private final String name;

    private ScratchDatabase(Options.Server server, String name) {
        this.server = server;
        this.name = name;
    }

    static ScratchDatabase create(Options.Server server) throws SQLException {
        return create(server, "accord_bench");
    }

    /**
     * @param server where to create it
     * @param prefix the start of its name, which goes on with the time and a random suffix
     * @return a new, empty database
     */
    public static ScratchDatabase create(Options.Server server, String prefix) throws SQLException {
        String name = prefix + "_"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
        execute(server, "create database " + name);
        return new ScratchDatabase(server, name);
    }

    String name() {
        return name;
    }

    /** @return its JDBC URL */
    public String url() {
        return server.url(name);
    }

    /** @return a new connection to it, as the server's role */
    public Connection connect() throws SQLException {
        return connect(server, name);
    }

    /** @return the server's name and version */
    public String version() throws SQLException {
        try (Connection connection = connect(server, name);
                Statement statement = connection.createStatement();
                var result = statement.executeQuery("show server_version")) {
            result.next();
            return "PostgreSQL " + result.getString(1);
        }
    }

    /** @return the process ids of the backends now connected to this database, other than the asking one */
    public Set<Long> backends() {
        Set<Long> pids = new HashSet<>();
        try (Connection connection = connect(server, name);
                Statement statement = connection.createStatement();
                var result = statement.executeQuery("select pid from pg_stat_activity"
                        + " where datname = current_database() and pid <> pg_backend_pid()")) {
            while (result.next()) {
                pids.add(result.getLong(1));
            }
        } catch (SQLException e) {
            return Set.of();
        }
        return pids;
    }

    /** @return the process id of the backend serving the connection, to read its CPU time */
    public static long backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var result = statement.executeQuery("select pg_backend_pid()")) {
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    public String toString() {
        return "database " + name;
    }

    /** Drops the database, ending any session the service may have left open. */
    @Override
    public void close() throws SQLException {
        execute(server, "drop database if exists " + name + " with (force)");
    }

    private static void execute(Options.Server server, String sql) throws SQLException {
        try (Connection connection = connect(server, "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(Options.Server server, String database) throws SQLException {
        return DriverManager.getConnection(server.url(database), server.user(), server.password());
    }
}
