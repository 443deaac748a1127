package accord.query.agreement;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own on the local PostgreSQL server (127.0.0.1:5432, user postgres, trust
 * authentication), created for one test class and dropped when it closes. A missing server fails
 * the test: it is never skipped.
 */
final class FreshPostgresDatabase implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String USER = "postgres";

    private final String name;

    private FreshPostgresDatabase(String name) {
        this.name = name;
    }

    static FreshPostgresDatabase create() throws SQLException {
        String name = "accord_query_it_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        administer("create database " + name);
        return new FreshPostgresDatabase(name);
    }

    DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(SERVER + name);
        dataSource.setUser(USER);
        return dataSource;
    }

    @Override
    public void close() throws SQLException {
        administer("drop database if exists " + name + " with (force)");
    }

    private static void administer(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
