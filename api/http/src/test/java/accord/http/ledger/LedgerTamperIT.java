package accord.http.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import accord.http.AccordApplication;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tampers with the stored record directly in PostgreSQL, as an operator with database access
 * could, and sees the self-audit detect it: health DOWN, the mismatch gauge up, the audit bundle
 * failing verification. Every test puts the rows back and sees the audit pass again. The tests
 * run on a database of their own ({@link TamperedLedger}).
 */
@SpringBootTest(classes = AccordApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TamperedLedger.class)
class LedgerTamperIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private ServiceClient service;
    private String agreementId;

    @BeforeEach
    void recordAnAgreementAndSeeTheAuditPass() throws Exception {
        service = new ServiceClient(port, json);
        agreementId = "tamper-" + UUID.randomUUID().toString().substring(0, 8);
        service.signMoU(agreementId);
        LedgerChecks.awaitCheckpointCovering(service, jdbc.queryForObject("select size from ledger_head", Long.class));
        assertThat(audit().path("passed").asBoolean()).as("the untouched ledger passes").isTrue();
    }

    @AfterEach
    void theRestoredLedgerPassesAgain() throws Exception {
        JsonNode report = audit();
        assertThat(report.path("passed").asBoolean()).as(report.toString()).isTrue();
        assertThat(health()).isEqualTo("UP");
    }

    @Test
    void editingOnePayloadByteIsDetected() throws Exception {
        Map<String, Object> row = jdbc.queryForMap("select event_identifier, payload from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = 0", agreementId);
        byte[] original = (byte[]) row.get("payload");
        byte[] edited = original.clone();
        int at = new String(original, StandardCharsets.UTF_8).indexOf("Larry");
        assertThat(at).as("the MoU names Larry Fink").isPositive();
        edited[at + 4] = 'i';
        jdbc.update("update domain_event_entry set payload = ? where event_identifier = ?", edited, row.get("event_identifier"));
        try {
            JsonNode report = audit();

            assertThat(report.path("passed").asBoolean()).isFalse();
            assertThat(report.path("mismatches").toString()).contains(agreementId, "differs from what was notarised");
            assertThat(health()).isEqualTo("DOWN");
            assertThat(mismatchGauge()).isPositive();
            assertThat(LedgerChecks.verifyBundle(service, agreementId).exitCode())
                    .as("the audit bundle of the edited agreement fails verification").isEqualTo(1);
        } finally {
            jdbc.update("update domain_event_entry set payload = ? where event_identifier = ?", original,
                    row.get("event_identifier"));
        }
    }

    @Test
    void deletingOneEventRowIsDetected() throws Exception {
        service.signMoU(agreementId + "-later");
        LedgerChecks.awaitCheckpointCovering(service, jdbc.queryForObject("select size from ledger_head", Long.class));
        Map<String, Object> event = jdbc.queryForMap("select * from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = 0", agreementId);
        Object eventId = event.get("event_identifier");
        Map<String, Object> leaf = jdbc.queryForMap("select * from ledger_leaf where event_identifier = ?", eventId);
        assertThatThrownBy(() -> jdbc.update("delete from domain_event_entry where event_identifier = ?", eventId))
                .as("the leaf's foreign key refuses a plain delete of its event")
                .isInstanceOf(DataIntegrityViolationException.class);

        jdbc.update("delete from ledger_leaf where event_identifier = ?", eventId);
        jdbc.update("delete from domain_event_entry where event_identifier = ?", eventId);
        try {
            JsonNode report = audit();

            assertThat(report.path("passed").asBoolean()).isFalse();
            assertThat(report.path("mismatches").toString())
                    .contains("position " + leaf.get("position") + " is missing", "but its checkpoint signed");
            assertThat(health()).isEqualTo("DOWN");
            assertThat(mismatchGauge()).isPositive();
        } finally {
            jdbc.update("insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, "
                            + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    event.get("global_index"), eventId, event.get("aggregate_identifier"), event.get("sequence_number"),
                    event.get("type"), event.get("time_stamp"), event.get("payload_type"), event.get("payload_revision"),
                    event.get("payload"), event.get("meta_data"));
            jdbc.update("insert into ledger_leaf (position, event_identifier, leaf_hash) values (?, ?, ?)",
                    leaf.get("position"), eventId, leaf.get("leaf_hash"));
        }
    }

    @Test
    void insertingAnEventBehindTheLedgersBackIsDetected() throws Exception {
        String forged = UUID.randomUUID().toString();
        jdbc.update("insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                + "time_stamp, payload_type, payload_revision, payload, meta_data) select ?, aggregate_identifier, 1, "
                + "type, time_stamp, payload_type, payload_revision, payload, meta_data from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = 0", forged, agreementId);
        try {
            JsonNode report = audit();

            assertThat(report.path("passed").asBoolean()).isFalse();
            assertThat(report.path("mismatches").toString()).contains("event " + forged + " is stored but has no leaf");
            assertThat(health()).isEqualTo("DOWN");
        } finally {
            jdbc.update("delete from domain_event_entry where event_identifier = ?", forged);
        }
    }

    @Test
    void rewritingAStoredLeafHashIsDetected() throws Exception {
        long last = jdbc.queryForObject("select max(position) from ledger_leaf", Long.class);
        Map<String, Object> leaf = jdbc.queryForMap("select * from ledger_leaf where position = ?", last);
        byte[] original = (byte[]) leaf.get("leaf_hash");
        byte[] forged = original.clone();
        forged[0] ^= 1;
        jdbc.update("update ledger_leaf set leaf_hash = ? where position = ?", forged, last);
        try {
            JsonNode report = audit();

            assertThat(report.path("passed").asBoolean()).isFalse();
            assertThat(report.path("mismatches").toString()).contains("differs from what was notarised");
        } finally {
            jdbc.update("update ledger_leaf set leaf_hash = ? where position = ?", original, last);
        }
    }

    private JsonNode audit() throws Exception {
        var answer = service.post(TestUsers.ADMIN, "/admin/ledger/audit", null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private String health() throws Exception {
        return service.read("/actuator/health/ledger").path("status").asText();
    }

    private double mismatchGauge() throws Exception {
        return service.admin("/actuator/metrics/accord.ledger.audit.mismatches").path("measurements").get(0)
                .path("value").asDouble();
    }
}
