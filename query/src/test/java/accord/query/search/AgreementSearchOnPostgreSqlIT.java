package accord.query.search;

import accord.query.testsupport.FreshPostgresDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every specification of {@link AgreementSearchProjectionTest} again on PostgreSQL with the
 * PostgreSQL migration, in a {@link FreshPostgresDatabase} of its own.
 */
class AgreementSearchOnPostgreSqlIT extends AgreementSearchProjectionTest {

    @RegisterExtension
    static final FreshPostgresDatabase DATABASE = new FreshPostgresDatabase("search");

    @BeforeAll
    static void migrateIt() {
        Flyway.configure().dataSource(DATABASE.dataSource()).locations("classpath:db/migration/postgresql").load()
                .migrate();
    }

    @Override
    SearchSide freshSearchSide() {
        return SearchSide.emptied(DATABASE.dataSource());
    }
}
