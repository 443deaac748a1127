package accord.http.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Databases of their own, on the server of {@link TestDatabase}, for test contexts that must not
 * share the run's database; each is dropped when the JVM ends.
 */
public final class FreshDatabases {

    private FreshDatabases() {
    }

    /**
     * @param purpose a short lower-case word that ends up in the database's name
     * @return the JDBC URL of a new, empty database
     */
    public static String create(String purpose) {
        TestDatabase server = TestDatabase.get();
        String name = server.name() + "_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 6);
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot create the test database " + name + ": " + failure.getMessage(),
                    failure);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, name), "drop " + name));
        return server.url().replace("/" + server.name(), "/" + name);
    }

    private static void drop(TestDatabase server, String name) {
        try (Connection connection = DriverManager.getConnection(server.url(), server.username(), server.password())) {
            Thread.sleep(2_000);
            try (PreparedStatement terminate = connection.prepareStatement(
                    "select pg_terminate_backend(pid) from pg_stat_activity where datname = ?")) {
                terminate.setString(1, name);
                terminate.executeQuery().close();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name);
            }
        } catch (SQLException | InterruptedException failure) {
            System.err.println("Could not drop test database " + name + ": " + failure.getMessage());
        }
    }
}
