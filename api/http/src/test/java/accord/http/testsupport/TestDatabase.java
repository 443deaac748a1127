package accord.http.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * This test run's PostgreSQL database: created fresh, with a unique name, on the first server that
 * answers, and dropped when the JVM ends. The server is, in this order:
 * <ol>
 *   <li>the one named by {@code ACCORD_TEST_DATABASE_URL} (a JDBC URL of any database on it, with
 *       {@code ACCORD_TEST_DATABASE_USER} and {@code ACCORD_TEST_DATABASE_PASSWORD});</li>
 *   <li>a Testcontainers PostgreSQL, when a Docker engine is present;</li>
 *   <li>a local PostgreSQL on 127.0.0.1:5432, user {@code postgres} (password {@code PGPASSWORD},
 *       if any).</li>
 * </ol>
 * When none answers the tests fail; they are never skipped.
 */
public final class TestDatabase {

    static final String URL_VARIABLE = "ACCORD_TEST_DATABASE_URL";
    private static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String POSTGRES_IMAGE = "postgres:17";

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

    private static TestDatabase instance;

    private final String url;
    private final String username;
    private final String password;
    private final String name;
    private final String server;

    private TestDatabase(String url, String username, String password, String name, String server) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.name = name;
        this.server = server;
    }

    /** @return this JVM's test database, created on first use */
    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = create();
            log.info("Integration tests run on database {}", instance);
        }
        return instance;
    }

    /** @return the JDBC URL of the test database */
    public String url() {
        return url;
    }

    /** @return the user to connect as */
    public String username() {
        return username;
    }

    /** @return the password to connect with */
    public String password() {
        return password;
    }

    /** @return the database's name, unique to this test run */
    public String name() {
        return name;
    }

    /**
     * @return {@code spring.datasource.*} for the test database. Each context's pool keeps one idle
     *         connection, not HikariCP's default of ten: Spring caches every test context of the run,
     *         each with its pool, and ten each held 95 of the server's 100 connections (measured with
     *         {@code pg_stat_activity}), leaving a test that starts one more context a "too many clients"
     *         away from failing. A pool still grows to ten under load.
     */
    public Map<String, Object> properties() {
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", username,
                "spring.datasource.password", password,
                "spring.datasource.hikari.minimum-idle", "1",
                "spring.datasource.hikari.idle-timeout", "10000");
    }

    /**
     * Creates another empty database on the same server, for a test context that must not share
     * this one; it is dropped when the JVM ends, as this one is.
     *
     * @param purpose a short lower-case word that ends up in the database's name
     * @return the new database's JDBC URL
     */
    public String createSibling(String purpose) {
        String sibling = name + "_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 6);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + sibling);
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot create the test database " + sibling + ": " + failure.getMessage(),
                    failure);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(url, username, password, sibling),
                "drop " + sibling));
        return url.replace("/" + name, "/" + sibling);
    }

    /** @return a new connection to the test database */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, credentials(username, password));
    }

    @Override
    public String toString() {
        return name + " on " + server;
    }

    private static TestDatabase create() {
        String named = System.getenv(URL_VARIABLE);
        if (named != null && !named.isBlank()) {
            String user = System.getenv().getOrDefault(URL_VARIABLE.replace("URL", "USER"), "postgres");
            String password = System.getenv().getOrDefault(URL_VARIABLE.replace("URL", "PASSWORD"), "");
            return createOn(named, user, password, URL_VARIABLE + " (" + named + ")");
        }
        if (dockerIsAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>(POSTGRES_IMAGE);
            container.start();
            return createOn(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers " + POSTGRES_IMAGE);
        }
        String localPassword = System.getenv().getOrDefault("PGPASSWORD", "");
        if (answers(LOCAL_URL, "postgres", localPassword)) {
            return createOn(LOCAL_URL, "postgres", localPassword, "local PostgreSQL on 127.0.0.1:5432");
        }
        throw new IllegalStateException(("true".equalsIgnoreCase(System.getenv("CI")) ? "CI=true and n" : "N")
                + "o PostgreSQL for the integration tests. Name a server with " + URL_VARIABLE
                + " (and ACCORD_TEST_DATABASE_USER, ACCORD_TEST_DATABASE_PASSWORD), start a Docker engine for"
                + " Testcontainers, or run PostgreSQL on 127.0.0.1:5432 with user postgres (.ci/run does).");
    }

    private static TestDatabase createOn(String serverUrl, String user, String password, String server) {
        String name = "accord_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(serverUrl, credentials(user, password));
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot create the test database on " + server + ": "
                    + failure.getMessage(), failure);
        }
        TestDatabase database = new TestDatabase(withDatabase(serverUrl, name), user, password, name, server);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl, user, password, name),
                "drop " + name));
        return database;
    }

    /** Waits briefly for the application contexts to close their pools, then drops the database anyway. */
    private static void drop(String serverUrl, String user, String password, String name) {
        try (Connection connection = DriverManager.getConnection(serverUrl, credentials(user, password))) {
            for (int attempt = 0; attempt < 50 && connectionsTo(connection, name) > 0; attempt++) {
                Thread.sleep(100);
            }
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

    private static int connectionsTo(Connection connection, String name) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from pg_stat_activity where datname = ?")) {
            count.setString(1, name);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static String withDatabase(String serverUrl, String name) {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String parameters = query < 0 ? "" : serverUrl.substring(query);
        int hostStart = base.indexOf("//") + 2;
        int path = base.indexOf('/', hostStart);
        String host = path < 0 ? base : base.substring(0, path);
        return host + "/" + name + parameters;
    }

    private static boolean dockerIsAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    private static boolean answers(String url, String user, String password) {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(url, credentials(user, password))) {
            return true;
        } catch (SQLException unreachable) {
            return false;
        }
    }

    private static Properties credentials(String user, String password) {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return credentials;
    }
}
