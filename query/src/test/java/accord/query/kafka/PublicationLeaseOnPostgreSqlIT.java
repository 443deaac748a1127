package accord.query.kafka;

import accord.query.testsupport.FreshPostgresDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every specification of {@link PublicationLeaseTest} again on PostgreSQL with its V9 script, in a
 * {@link FreshPostgresDatabase} of its own.
 */
class PublicationLeaseOnPostgreSqlIT extends PublicationLeaseTest {

    @RegisterExtension
    static final FreshPostgresDatabase DATABASE = new FreshPostgresDatabase("lease");

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}
