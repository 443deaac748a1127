package accord.query.search;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every specification of {@link AgreementSearchProjectionTest} again on PostgreSQL with the
 * PostgreSQL migration, in a database of its own on the local server (127.0.0.1:5432, user
 * postgres), dropped afterwards. A missing server fails the test: it is never skipped.
 */
class AgreementSearchOnPostgreSqlIT extends AgreementSearchProjectionTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String NAME = "accord_search_it_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());

    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void migrateADatabaseOfItsOwn() throws SQLException {
        administer("create database " + NAME);
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(SERVER + NAME);
        dataSource.setUser("postgres");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/postgresql").load().migrate();
    }

    @AfterAll
    static void dropIt() throws SQLException {
        administer("drop database if exists " + NAME + " with (force)");
    }

    @Override
    SearchSide freshSearchSide() {
        return SearchSide.emptied(dataSource);
    }

    private static void administer(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
