package accord.http.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import accord.http.testsupport.AccordIntegrationTest;

@AccordIntegrationTest
class FlywayOwnsTheSchemaIT {

    private static final List<String> AXON_DEFAULT_TABLES = List.of(
            "domainevententry", "snapshotevententry", "tokenentry", "deadletterentry",
            "sagaentry", "associationvalueentry");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flywayCreatedTheEventStoreTokenAndDeadLetterTables() {
        assertThat(tables()).contains(
                "domain_event_entry", "snapshot_event_entry", "token_entry", "dead_letter_entry");
        assertThat(jdbc.queryForObject(
                "select success from flyway_schema_history where version = '1'", Boolean.class)).isTrue();
    }

    @Test
    void axonCreatedNoTableOfItsOwn() {
        assertThat(tables()).doesNotContainAnyElementsOf(AXON_DEFAULT_TABLES);
    }

    @Test
    void serializedDataIsStoredAsBytea() {
        List<String> columns = jdbc.queryForList(
                "select table_name || '.' || column_name from information_schema.columns"
                        + " where table_schema = current_schema() and data_type = 'bytea'",
                String.class);
        assertThat(columns).contains(
                "domain_event_entry.payload", "domain_event_entry.meta_data",
                "snapshot_event_entry.payload", "snapshot_event_entry.meta_data",
                "token_entry.token",
                "dead_letter_entry.payload", "dead_letter_entry.meta_data",
                "dead_letter_entry.token", "dead_letter_entry.diagnostics");
    }

    @Test
    void runsOnPostgreSql() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }

    private List<String> tables() {
        return jdbc.queryForList(
                "select lower(table_name) from information_schema.tables where table_schema = current_schema()",
                String.class);
    }
}
