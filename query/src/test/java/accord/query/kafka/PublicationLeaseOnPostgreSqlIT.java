package accord.query.kafka;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every specification of {@link PublicationLeaseTest} again on PostgreSQL with its V9 script, in a
 * database of its own on the local server (127.0.0.1:5432, user postgres), dropped afterwards. A
 * missing server fails the test: it is never skipped.
 */
class PublicationLeaseOnPostgreSqlIT extends PublicationLeaseTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String NAME = "accord_lease_it_"
            + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());

    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void createADatabaseOfItsOwn() throws SQLException {
        administer("create database " + NAME);
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(SERVER + NAME);
        dataSource.setUser("postgres");
    }

    @AfterAll
    static void dropIt() throws SQLException {
        administer("drop database if exists " + NAME + " with (force)");
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    String vendor() {
        return "postgresql";
    }

    private static void administer(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
