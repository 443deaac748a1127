package accord.http.admin;

import accord.http.testsupport.ServiceClient;
import static accord.http.admin.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import accord.http.agreements.RecordStatementBody;
import accord.http.demo.SeedAgreements;
import accord.http.platform.persistence.EventHandlerError;
import accord.http.testsupport.TestUsers;

@ReadSideIntegrationTest
class DeadLettersIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "/admin/processors/" + PoisonProjection.GROUP + "/dead-letters";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    PoisonProjection poison;

    private ServiceClient service;

    @BeforeEach
    void connect() {
        service = new ServiceClient(port, json);
    }

    @Test
    void aFailingEventIsListedCountedAndMakesHealthDownUntilItsRetrySucceeds() throws Exception {
        String agreementId = "poisoned-mou-retried";
        poison.poison(agreementId);
        service.signMoU(agreementId);

        JsonNode sequence = await().atMost(PATIENCE).until(() -> sequenceOf(agreementId), found -> found != null);
        assertThat(sequence.path("letters")).hasSize(1);
        JsonNode letter = sequence.path("letters").get(0);
        assertThat(letter.path("type").asText()).isEqualTo("MoUSigned");
        assertThat(letter.path("agreementId").asText()).isEqualTo(agreementId);
        assertThat(letter.path("version").asLong()).isZero();
        assertThat(letter.path("eventId").asText()).isNotBlank();
        assertThat(letter.path("causeType").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(letter.path("causeMessage").asText()).isEqualTo("The poison test refuses " + agreementId);
        assertThat(letter.path("enqueuedAt").asText()).isNotBlank();
        assertThat(letter.path("lastTouched").asText()).isNotBlank();

        JsonNode processor = ProcessorsIT.processor(service.admin("/admin/processors"), PoisonProjection.GROUP);
        assertThat(processor.path("deadLetters").path("sequences").asLong()).isEqualTo(1);
        assertThat(processor.path("deadLetters").path("letters").asLong()).isEqualTo(1);
        HttpResponse<String> health = service.get(TestUsers.ADMIN, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode components = json.readTree(health.body()).path("components");
        assertThat(components.path("readSide").path("status").asText()).isEqualTo("DOWN");
        assertThat(components.path("readSide").path("details").path("reasons").toString())
                .contains(PoisonProjection.GROUP + " holds 1 dead letter(s) in 1 sequence(s)");
        assertThat(components.path("readSide").path("details").path("processors").path(PoisonProjection.GROUP)
                .path("deadLetters").asLong()).isEqualTo(1);
        assertThat(components.path("deadLetters").path("status").asText()).isEqualTo("DOWN");

        poison.fix(agreementId);
        HttpResponse<String> retry = service.post(TestUsers.ADMIN, DEAD_LETTERS + "/retry", Map.of("sequenceId", agreementId));

        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        JsonNode outcome = json.readTree(retry.body());
        assertThat(outcome.path("processed").asInt()).isEqualTo(1);
        assertThat(outcome.path("failed").asInt()).isZero();
        assertThat(outcome.path("remaining").path("letters").asLong()).isZero();
        assertThat(poison.hasHandled(agreementId)).isTrue();
        assertThat(service.admin(DEAD_LETTERS)).isEmpty();
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(service.get(TestUsers.ADMIN, "/actuator/health").statusCode()).isEqualTo(200));
    }

    /**
     * Issue 8, scope 4: one agreement's events are parked, in order, while every other agreement's
     * events keep flowing through the same projection and the real ones; only ADMIN may retry.
     */
    @Test
    void whileOneSequenceIsParkedTheRestKeepFlowing() throws Exception {
        String poisoned = "poisoned-mou-parked";
        String healthy = "healthy-mou-flowing";
        poison.poison(poisoned);
        service.signMoU(poisoned);
        RecordStatementBody statement = SeedAgreements.koreaBlackRockMoU().steps().stream()
                .filter(RecordStatementBody.class::isInstance).map(RecordStatementBody.class::cast).findFirst().orElseThrow();
        HttpResponse<String> second = service.post(TestUsers.CLERK, "/agreements/" + poisoned + "/record-statement", statement);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        service.signMoU(healthy);

        // The agreement recorded after the poisoned one flows through the poisoned projection and the real ones.
        await().atMost(PATIENCE).until(() -> poison.hasHandled(healthy));
        assertThat(service.get(TestUsers.AUDITOR, "/agreements/" + healthy + "?minVersion=0").statusCode()).isEqualTo(200);
        JsonNode state = service.read("/agreements/" + poisoned + "?minVersion=1");
        assertThat(state.path("version").asLong()).as("the real projections are not held back").isEqualTo(1);
        // Both of the poisoned agreement's events are parked, in order: the second never overtakes the first.
        JsonNode sequence = await().atMost(PATIENCE).until(() -> sequenceOf(poisoned),
                found -> found != null && found.path("letters").size() == 2);
        assertThat(sequence.path("letters").get(0).path("version").asLong()).isZero();
        assertThat(sequence.path("letters").get(1).path("version").asLong()).isEqualTo(1);
        assertThat(sequence.path("letters").get(1).path("type").asText()).isEqualTo("StatementRecorded");
        assertThat(poison.hasHandled(poisoned)).isFalse();
        JsonNode processor = ProcessorsIT.processor(service.admin("/admin/processors"), PoisonProjection.GROUP);
        assertThat(processor.path("deadLetters").path("letters").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(service.get(TestUsers.ADMIN, "/actuator/health").statusCode()).isEqualTo(503);

        poison.fix(poisoned);
        assertThat(service.post(TestUsers.CLERK, DEAD_LETTERS + "/retry", Map.of("sequenceId", poisoned)).statusCode())
                .as("only ADMIN may retry").isEqualTo(403);
        HttpResponse<String> retry = service.post(TestUsers.ADMIN, DEAD_LETTERS + "/retry", Map.of("sequenceId", poisoned));
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(json.readTree(retry.body()).path("processed").asInt()).as("sequences processed").isEqualTo(1);
        assertThat(json.readTree(retry.body()).path("failed").asInt()).isZero();
        assertThat(poison.hasHandled(poisoned)).isTrue();
        assertThat(sequenceOf(poisoned)).isNull();
    }

    /**
     * An {@link Error} from a handler (here an {@code AssertionError}) is parked like an exception. Left to
     * itself it would escape Axon's work package, whose worker then never runs again: the processor would
     * stop for good, with no dead letter, no error status and nothing in health.
     */
    @Test
    void anEventWhoseHandlerThrowsAnErrorIsParkedAndTheRestKeepFlowing() throws Exception {
        String poisoned = "asserting-mou-parked";
        String healthy = "healthy-mou-after-an-error";
        poison.poisonWithAnError(poisoned);
        service.signMoU(poisoned);
        service.signMoU(healthy);

        await().atMost(PATIENCE).until(() -> poison.hasHandled(healthy));
        JsonNode sequence = await().atMost(PATIENCE).until(() -> sequenceOf(poisoned), found -> found != null);
        JsonNode letter = sequence.path("letters").get(0);
        assertThat(letter.path("type").asText()).isEqualTo("MoUSigned");
        assertThat(letter.path("causeType").asText()).isEqualTo(EventHandlerError.class.getName());
        assertThat(letter.path("causeMessage").asText())
                .isEqualTo("java.lang.AssertionError: The poison test asserts against " + poisoned);

        poison.fix(poisoned);
        HttpResponse<String> retry = service.post(TestUsers.ADMIN, DEAD_LETTERS + "/retry", Map.of("sequenceId", poisoned));
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(json.readTree(retry.body()).path("processed").asInt()).isEqualTo(1);
        assertThat(poison.hasHandled(poisoned)).isTrue();
        assertThat(sequenceOf(poisoned)).isNull();
    }

    @Test
    void retryingEverySequenceKeepsThoseThatFailAgain() throws Exception {
        String agreementId = "poisoned-mou-still-failing";
        poison.poison(agreementId);
        service.signMoU(agreementId);
        await().atMost(PATIENCE).until(() -> sequenceOf(agreementId), found -> found != null);

        HttpResponse<String> retry = service.post(TestUsers.ADMIN, DEAD_LETTERS + "/retry", null);

        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        JsonNode outcome = json.readTree(retry.body());
        assertThat(outcome.path("processed").asInt()).isZero();
        assertThat(outcome.path("failed").asInt()).isEqualTo(1);
        assertThat(outcome.path("remaining").path("letters").asLong()).isEqualTo(1);
        assertThat(sequenceOf(agreementId)).isNotNull();

        assertThat(service.delete(TestUsers.ADMIN, DEAD_LETTERS + "/" + agreementId).statusCode()).isEqualTo(204);
        poison.fix(agreementId);
    }

    @Test
    void anEvictedSequenceLeavesTheQueueForGood() throws Exception {
        String agreementId = "poisoned-mou-evicted";
        poison.poison(agreementId);
        service.signMoU(agreementId);
        await().atMost(PATIENCE).until(() -> sequenceOf(agreementId), found -> found != null);

        HttpResponse<String> eviction = service.delete(TestUsers.ADMIN, DEAD_LETTERS + "/" + agreementId);

        assertThat(eviction.statusCode()).as(eviction.body()).isEqualTo(204);
        assertThat(sequenceOf(agreementId)).isNull();
        assertThat(poison.hasHandled(agreementId)).isFalse();
        assertProblem(service.delete(TestUsers.ADMIN, DEAD_LETTERS + "/" + agreementId), 404,
                "UNKNOWN_DEAD_LETTER_SEQUENCE");
        poison.fix(agreementId);
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(service.get(TestUsers.ADMIN, "/actuator/health").statusCode()).isEqualTo(200));
    }

    @Test
    void unknownSequencesAndProcessorsWithoutAQueueAreNotFound() throws Exception {
        assertProblem(service.post(TestUsers.ADMIN, DEAD_LETTERS + "/retry", Map.of("sequenceId", "no-such-sequence")),
                404, "UNKNOWN_DEAD_LETTER_SEQUENCE");
        assertProblem(service.get(TestUsers.ADMIN, "/admin/processors/" + StallProjection.GROUP + "/dead-letters"),
                404, "NO_DEAD_LETTER_QUEUE");
    }

    private JsonNode sequenceOf(String agreementId) throws Exception {
        for (JsonNode sequence : service.admin(DEAD_LETTERS)) {
            if (agreementId.equals(sequence.path("sequenceId").asText())) {
                return sequence;
            }
        }
        return null;
    }
}
