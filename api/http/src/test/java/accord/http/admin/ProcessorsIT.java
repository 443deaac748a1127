package accord.http.admin;

import static accord.http.admin.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import accord.http.demo.SeedAgreement;
import accord.http.demo.SeedAgreements;
import accord.http.testsupport.TestUsers;

@ReadSideIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessorsIT {

    private static final String AGREEMENT_STATE = "agreement-state";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    private ServiceClient service;

    @BeforeAll
    void recordTheSeedAgreements() throws Exception {
        service = new ServiceClient(port, json);
        for (SeedAgreement seed : SeedAgreements.all()) {
            service.record(seed);
        }
    }

    @Test
    void everyProcessorIsListedAndAgreementStateStandsAtTheHeadOnceCaughtUp() throws Exception {
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode state = processor(service.admin("/admin/processors"), AGREEMENT_STATE);
            assertThat(state.path("mode").asText()).isEqualTo("pooled");
            assertThat(state.path("running").asBoolean()).isTrue();
            assertThat(state.path("error").asBoolean()).isFalse();
            assertThat(state.path("segmentsClaimed").asInt()).isPositive();
            assertThat(state.path("segmentsTotal").asInt()).isGreaterThanOrEqualTo(state.path("segmentsClaimed").asInt());
            assertThat(state.path("head").asLong()).isPositive();
            assertThat(state.path("position").asLong()).isEqualTo(state.path("head").asLong());
            assertThat(state.path("lag").asLong()).isZero();
            assertThat(state.path("replaying").asBoolean()).isFalse();
            assertThat(state.path("deadLetters").path("letters").asLong()).isZero();
        });
        JsonNode all = service.admin("/admin/processors");
        assertThat(all.findValuesAsText("name")).contains(AGREEMENT_STATE, PoisonProjection.GROUP, StallProjection.GROUP);
        assertThat(processor(all, StallProjection.GROUP).path("deadLetters").isNull())
                .as("a processor without a dead-letter queue has no count").isTrue();
    }

    @Test
    void rebuildingAgreementStateReplaysEveryEventAndReproducesEveryAgreementByteForByte() throws Exception {
        Map<String, String> before = new LinkedHashMap<>();
        for (SeedAgreement seed : SeedAgreements.all()) {
            before.put(seed.agreementId(), agreementAfterCatchingUp(seed.agreementId()));
        }

        HttpResponse<String> rebuild = service.post(TestUsers.ADMIN, "/admin/processors/" + AGREEMENT_STATE + "/rebuild", null);

        assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);
        assertThat(rebuild.headers().firstValue("Location")).hasValue("/admin/processors/" + AGREEMENT_STATE);
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode status = service.admin("/admin/processors/" + AGREEMENT_STATE);
            assertThat(status.path("segmentsClaimed").asInt()).isPositive();
            assertThat(status.path("replaying").asBoolean()).isFalse();
            assertThat(status.path("lag").asLong()).isZero();
        });
        for (Map.Entry<String, String> agreement : before.entrySet()) {
            assertThat(service.get(TestUsers.AUDITOR, "/agreements/" + agreement.getKey()).body())
                    .as(agreement.getKey()).isEqualTo(agreement.getValue());
        }
    }

    @Test
    void anUnknownProcessorIsNotFound() throws Exception {
        assertProblem(service.get(TestUsers.ADMIN, "/admin/processors/no-such-processor"), 404, "UNKNOWN_PROCESSOR");
        assertProblem(service.post(TestUsers.ADMIN, "/admin/processors/no-such-processor/rebuild", null),
                404, "UNKNOWN_PROCESSOR");
        assertProblem(service.get(TestUsers.ADMIN, "/admin/processors/no-such-processor/dead-letters"),
                404, "UNKNOWN_PROCESSOR");
    }

    @Test
    void onlyAnAdminOperatesTheReadSide() throws Exception {
        assertProblem(service.get(TestUsers.CLERK, "/admin/processors"), 403, "FORBIDDEN");
        assertProblem(service.get(TestUsers.AUDITOR, "/admin/processors"), 403, "FORBIDDEN");
        assertProblem(service.post(TestUsers.INTEGRATOR, "/admin/processors/" + AGREEMENT_STATE + "/rebuild", null),
                403, "FORBIDDEN");
        assertProblem(service.getAnonymously("/admin/processors"), 401, "UNAUTHENTICATED");
    }

    private String agreementAfterCatchingUp(String agreementId) {
        return await().atMost(PATIENCE).until(() -> {
            JsonNode status = service.admin("/admin/processors/" + AGREEMENT_STATE);
            HttpResponse<String> answer = service.get(TestUsers.AUDITOR, "/agreements/" + agreementId);
            return status.path("lag").asLong(-1) == 0 && answer.statusCode() == 200 ? answer.body() : null;
        }, body -> body != null);
    }

    static JsonNode processor(JsonNode processors, String name) {
        for (JsonNode processor : processors) {
            if (name.equals(processor.path("name").asText())) {
                return processor;
            }
        }
        throw new AssertionError("No processor " + name + " in " + processors);
    }
}
