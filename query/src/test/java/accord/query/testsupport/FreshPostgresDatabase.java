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
 * A database of its own on the local PostgreSQL server (127.0.0.1:5432, user postgres, trust
 * authentication) for one test class: registered as a static {@code @RegisterExtension} field, it is
 * created before the class's {@code @BeforeAll} methods and dropped after its {@code @AfterAll} methods.
 * A missing server fails the test: it is never skipped.
 */
public final class FreshPostgresDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String USER = "postgres";

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
        dataSource.setURL(SERVER + name);
        dataSource.setUser(USER);
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
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
