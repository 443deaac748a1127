package accord.query.webhooks;

import accord.query.testsupport.FreshPostgresDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every specification of {@link SubscriptionsTest} again on PostgreSQL with the PostgreSQL
 * script of the webhook tables, in a {@link FreshPostgresDatabase} of its own.
 */
class SubscriptionsOnPostgreSqlIT extends SubscriptionsTest {

    @RegisterExtension
    static final FreshPostgresDatabase DATABASE = new FreshPostgresDatabase("webhooks");

    @Override
    @BeforeEach
    void migrate() {
        DataSource dataSource = dataSource();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("drop schema public cascade; create schema public");
        // The webhook tables' own script only: the query module's V7 needs the ledger of the write side.
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/postgresql/V8__webhook_subscriptions.sql"))
                .execute(dataSource);
        subscriptions = new Subscriptions(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }
}
