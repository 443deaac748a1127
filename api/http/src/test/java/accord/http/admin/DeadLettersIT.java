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
