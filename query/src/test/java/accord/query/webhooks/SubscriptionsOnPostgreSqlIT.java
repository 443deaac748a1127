package accord.query.webhooks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every specification of {@link SubscriptionsTest} again on PostgreSQL with the PostgreSQL
 * script of the webhook tables, in a database of its own on the local server (127.0.0.1:5432, user postgres),
 * dropped afterwards. A missing server fails the test: it is never skipped.
 */
class SubscriptionsOnPostgreSqlIT extends SubscriptionsTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String NAME = "accord_webhooks_it_"
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
    @BeforeEach
    void migrate() {
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("drop schema public cascade; create schema public");
        // The webhook tables' own script only: the query module's V7 needs the ledger of the write side.
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/postgresql/V8__webhook_subscriptions.sql"))
                .execute(dataSource);
        subscriptions = new Subscriptions(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    private static void administer(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
