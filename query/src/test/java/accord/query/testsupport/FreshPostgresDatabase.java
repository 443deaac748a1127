package accord.query.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own for one test class: registered as a static {@code @RegisterExtension} field, it
 * is created before the class's {@code @BeforeAll} methods and dropped after its {@code @AfterAll}
 * methods. It is created on the server named by {@code ACCORD_TEST_DATABASE_URL} (a JDBC URL of any
 * database on it, with {@code ACCORD_TEST_DATABASE_USER} and {@code ACCORD_TEST_DATABASE_PASSWORD}), as
 * the service's integration tests do, or else on the local PostgreSQL (127.0.0.1:5432, user
 * {@code postgres}, password {@code PGPASSWORD} if set). A missing server fails the test: it is never
 * skipped.
 */
public final class FreshPostgresDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final String URL_VARIABLE = "ACCORD_TEST_DATABASE_URL";
    private static final String NAMED = System.getenv(URL_VARIABLE);
    private static final boolean IS_NAMED = NAMED != null && !NAMED.isBlank();
    /** The server's JDBC URL up to and including the slash before the database name. */
    private static final String SERVER = IS_NAMED ? serverOf(NAMED) : "jdbc:postgresql://127.0.0.1:5432/";
    /** The URL's parameters ({@code ?...}), kept for every database on the server. */
    private static final String PARAMETERS = IS_NAMED && NAMED.indexOf('?') >= 0 ? NAMED.substring(NAMED.indexOf('?')) : "";
    private static final String USER = IS_NAMED
            ? System.getenv().getOrDefault("ACCORD_TEST_DATABASE_USER", "postgres") : "postgres";
    private static final String PASSWORD = IS_NAMED
            ? System.getenv().getOrDefault("ACCORD_TEST_DATABASE_PASSWORD", "")
            : System.getenv().getOrDefault("PGPASSWORD", "");

    private final String name;
    private PGSimpleDataSource dataSource;

    /** @param purpose names the database, accord_PURPOSE_it_ and a random suffix: search, lease, ... */
    public FreshPostgresDatabase(String purpose) {
        this.name = "accord_" + purpose + "_it_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        administer("create database " + name);
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(SERVER + name + PARAMETERS);
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        administer("drop database if exists " + name + " with (force)");
    }

    /** @return the database, empty until a test migrates it */
    public DataSource dataSource() {
        if (dataSource == null) {
            throw new IllegalStateException("The database " + name + " is created before all tests of the class "
                    + "that registers it as a static @RegisterExtension field");
        }
        return dataSource;
    }

    private static void administer(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(IS_NAMED ? NAMED : SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String serverOf(String jdbcUrl) {
        int parameters = jdbcUrl.indexOf('?');
        String base = parameters < 0 ? jdbcUrl : jdbcUrl.substring(0, parameters);
        int path = base.indexOf('/', base.indexOf("//") + 2);
        return (path < 0 ? base : base.substring(0, path)) + "/";
    }
}
