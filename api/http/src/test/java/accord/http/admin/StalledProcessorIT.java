package accord.http.admin;

import accord.http.testsupport.ServiceClient;
import static accord.http.admin.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import accord.http.testsupport.TestUsers;

@ReadSideIntegrationTest
class StalledProcessorIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String STALL = "/admin/processors/" + StallProjection.GROUP;

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    StallProjection stall;

    private ServiceClient service;

    @BeforeEach
    void connect() {
        service = new ServiceClient(port, json);
    }

    @AfterEach
    void release() {
        stall.release();
    }

    @Test
    void aProcessorStuckWithEventsWaitingMakesHealthDownUntilItMovesAgain() throws Exception {
        String agreementId = "stalled-mou";
        stall.hold(agreementId);
        service.signMoU(agreementId);

        await().atMost(PATIENCE).untilAsserted(() -> {
            HttpResponse<String> health = service.get(TestUsers.ADMIN, "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            JsonNode readSide = json.readTree(health.body()).path("components").path("readSide");
            assertThat(readSide.path("details").path("reasons").toString())
                    .contains(StallProjection.GROUP + " has made no progress since");
            assertThat(readSide.path("details").path("processors").path(StallProjection.GROUP).path("stalled")
                    .asBoolean()).isTrue();
        });
        JsonNode stalled = service.admin(STALL);
        assertThat(stalled.path("stalled").asBoolean()).isTrue();
        assertThat(stalled.path("lag").asLong()).isPositive();
        assertThat(stalled.path("waitingSince").asText()).isNotBlank();

        stall.release();

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(service.admin(STALL).path("lag").asLong()).isZero();
            HttpResponse<String> health = service.get(TestUsers.ADMIN, "/actuator/health");
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        });
        assertThat(service.admin(STALL).path("stalled").asBoolean()).isFalse();
    }

    @Test
    void aRebuildReportsItsProgressWhileItReplaysAndCannotBeStartedTwice() throws Exception {
        String agreementId = "replay-held-mou";
        service.signMoU(agreementId);
        service.signMoU("replay-after-held-mou");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(service.admin(STALL).path("lag").asLong()).isZero());
        stall.hold(agreementId);

        HttpResponse<String> rebuild = service.post(TestUsers.ADMIN, STALL + "/rebuild", null);

        assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);
        String location = rebuild.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo(STALL);
        JsonNode replaying = await().atMost(PATIENCE).until(() -> service.admin(location),
                status -> status.path("replaying").asBoolean() && status.path("replay").isObject());
        assertThat(replaying.path("replay").path("resetPosition").asLong()).isPositive();
        assertThat(replaying.path("replay").path("percent").asDouble()).isBetween(0.0, 100.0);
        assertThat(replaying.path("position").asLong()).isLessThanOrEqualTo(replaying.path("head").asLong());
        assertProblem(service.post(TestUsers.ADMIN, STALL + "/rebuild", null), 409, "REBUILD_IN_PROGRESS");

        stall.release();

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode status = service.admin(location);
            assertThat(status.path("replaying").asBoolean()).isFalse();
            assertThat(status.path("lag").asLong()).isZero();
        });
    }
}
