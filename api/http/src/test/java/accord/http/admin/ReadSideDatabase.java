package accord.http.admin;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import accord.http.testsupport.TestDatabase;
import accord.http.testsupport.TestLedger;
import accord.http.testsupport.TestUsers;

/**
 * Puts the service on a fresh database of its own, on the server of {@link TestDatabase}, with
 * {@link TestUsers}; the database is dropped when the JVM ends.
 */
class ReadSideDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static String url;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase server = TestDatabase.get();
        Map<String, Object> properties = new LinkedHashMap<>(server.properties());
        properties.put("spring.datasource.url", urlOn(server));
        properties.putAll(TestUsers.properties());
        properties.putAll(TestLedger.properties());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("accordReadSideDatabase", properties));
    }

    private static synchronized String urlOn(TestDatabase server) {
        if (url == null) {
            String name = server.name() + "_" + UUID.randomUUID().toString().substring(0, 6);
            try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
            } catch (SQLException failure) {
                throw new IllegalStateException("Cannot create the read side's test database: " + failure.getMessage(),
                        failure);
            }
            url = server.url().replace("/" + server.name(), "/" + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, name), "drop " + name));
        }
        return url;
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
