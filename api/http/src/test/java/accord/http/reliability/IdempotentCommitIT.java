package accord.http.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What {@link CrashSafetyIT} found, made deterministic: a node that stops after its command committed
 * but before the {@code Idempotency-Key}'s answer was stored. The command's own transaction wrote
 * what it recorded into the key's row, so once the dead request's claim lapses a retry is answered
 * with the same receipt and records nothing; a key whose command never committed still runs.
 * The stop is simulated by taking the stored answer out of the row and letting the claim lapse, which
 * is exactly the row a killed node leaves.
 */
@AccordIntegrationTest
class IdempotentCommitIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRetryAfterTheAnswerWasLostGetsTheReceiptOfTheCommittedCommand() throws Exception {
        ServiceClient service = new ServiceClient(port, json);
        String agreementId = "lost-answer-" + Long.toString(System.nanoTime(), 36);
        String signing = UUID.randomUUID().toString();
        Map<String, Object> mou = Reliability.signMoU("Lost answer");
        HttpResponse<String> signed = service.post(TestUsers.CLERK, "/agreements/" + agreementId + "/sign-mou", mou,
                Map.of("Idempotency-Key", signing));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        String stating = UUID.randomUUID().toString();
        Map<String, Object> statement = Reliability.statement("lost-" + stating);
        HttpResponse<String> stated = service.post(TestUsers.CLERK, "/agreements/" + agreementId + "/record-statement",
                statement, Map.of("Idempotency-Key", stating));
        assertThat(stated.statusCode()).as(stated.body()).isEqualTo(200);

        for (String key : new String[] {signing, stating}) {
            loseTheAnswer(key, false);
        }
        assertThat(jdbc.queryForObject("select recorded_version from idempotency_key where idempotency_key = ?",
                Long.class, stating)).as("written by the command's transaction").isEqualTo(1L);
        HttpResponse<String> whileClaimed = service.post(TestUsers.CLERK, "/agreements/" + agreementId
                + "/record-statement", statement, Map.of("Idempotency-Key", stating));
        assertThat(whileClaimed.statusCode()).as(whileClaimed.body()).isEqualTo(409);
        assertThat(whileClaimed.body()).contains("IDEMPOTENCY_KEY_IN_USE");

        for (String key : new String[] {signing, stating}) {
            loseTheAnswer(key, true);
        }
        HttpResponse<String> signedAgain = service.post(TestUsers.CLERK, "/agreements/" + agreementId + "/sign-mou",
                mou, Map.of("Idempotency-Key", signing));
        HttpResponse<String> statedAgain = service.post(TestUsers.CLERK, "/agreements/" + agreementId
                + "/record-statement", statement, Map.of("Idempotency-Key", stating));

        assertThat(signedAgain.statusCode()).as(signedAgain.body()).isEqualTo(201);
        assertThat(signedAgain.body()).isEqualTo(signed.body());
        assertThat(signedAgain.headers().firstValue("ETag")).isEqualTo(signed.headers().firstValue("ETag"));
        assertThat(signedAgain.headers().firstValue("Location")).isEqualTo(signed.headers().firstValue("Location"));
        assertThat(signedAgain.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(statedAgain.statusCode()).as(statedAgain.body()).isEqualTo(200);
        assertThat(statedAgain.body()).isEqualTo(stated.body());
        assertThat(statedAgain.headers().firstValue("ETag")).isEqualTo(stated.headers().firstValue("ETag"));
        assertThat(statedAgain.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, agreementId)).as("nothing recorded again").isEqualTo(2L);
    }

    @Test
    void withoutWhatItsCommandRecordedALapsedKeyRunsAgain() throws Exception {
        ServiceClient service = new ServiceClient(port, json);
        String agreementId = "lapsed-claim-" + Long.toString(System.nanoTime(), 36);
        service.signMoU(agreementId);
        String key = UUID.randomUUID().toString();
        Map<String, Object> statement = Reliability.statement("lapsed-" + key);
        // Take out what the command recorded as well: the row a node leaves when it stops before its commit,
        // and the row every lost answer left before IdempotentCommit. The retry then runs: this is why the mark matters.
        HttpResponse<String> first = service.post(TestUsers.CLERK, "/agreements/" + agreementId + "/record-statement",
                statement, Map.of("Idempotency-Key", key));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        jdbc.update("update idempotency_key set recorded_agreement = null, recorded_version = null,"
                + " response_status = null, response_type = null, response_etag = null, response_location = null,"
                + " response_body = null, claimed_by = 'stopped-node', claimed_until = current_timestamp - interval '1'"
                + " second where idempotency_key = ?", key);

        HttpResponse<String> retry = service.post(TestUsers.CLERK, "/agreements/" + agreementId + "/record-statement",
                statement, Map.of("Idempotency-Key", key));

        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(json.readTree(retry.body()).path("version").asLong()).isEqualTo(2);
    }

    /** Leaves the key's row as a node killed after its command's commit leaves it: no answer, its claim held or lapsed. */
    private void loseTheAnswer(String key, boolean lapsed) {
        int rows = jdbc.update("update idempotency_key set response_status = null, response_type = null,"
                + " response_etag = null, response_location = null, response_body = null, claimed_by = 'stopped-node',"
                + " claimed_until = current_timestamp + interval '" + (lapsed ? "-1" : "60") + "' second"
                + " where idempotency_key = ?", key);
        assertThat(rows).isEqualTo(1);
    }
}
