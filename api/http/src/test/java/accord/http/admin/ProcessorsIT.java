package accord.http.admin;

import accord.http.testsupport.ServiceClient;
import static accord.http.admin.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    private static final List<String> PROJECTIONS = List.of(AGREEMENT_STATE, "agreement-history", "agreement-search");
    private static final int GENERATED_AGREEMENTS = 12;
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
        for (int n = 0; n < GENERATED_AGREEMENTS; n++) {
            recordGeneratedLoad("generated-" + n);
        }
    }

    /** A signed MoU, a task force, statements, milestones and a correction of one of them. */
    private void recordGeneratedLoad(String agreementId) throws Exception {
        service.signMoU(agreementId);
        String path = "/agreements/" + agreementId + "/";
        Map<String, Object> day = Map.of("date", "2025-10-01", "precision", "DAY");
        List<Map<String, Object>> sources = List.of(Map.of("publisher", "Generated load", "title", agreementId,
                "url", "https://load.accord.example/" + agreementId, "publishedOn", "2025-10", "language", "en"));
        expectOk(service.post(TestUsers.CLERK, path + "form-task-force", Map.of("name", "Task force of " + agreementId,
                "members", List.of("KR", "BLACKROCK"), "mandate", "Drive the project", "occurredOn", day, "sources", sources)));
        for (int n = 0; n < 3; n++) {
            expectOk(service.post(TestUsers.CLERK, path + "record-milestone", Map.of("label", "Milestone " + n,
                    "description", "Generated milestone " + n, "occurredOn", day, "sources", sources)));
            expectOk(service.post(TestUsers.CLERK, path + "record-statement", Map.of("speaker",
                    Map.of("name", "Speaker " + n, "title", "Spokesperson"), "party", "KR",
                    "text", "Statement " + n + " on " + agreementId, "occurredOn", day, "sources", sources)));
        }
        expectOk(service.post(TestUsers.CLERK, path + "correct-record", Map.of("correctsVersion", 3,
                "reason", "The milestone was misnamed", "replacement", Map.of("agreementId", agreementId,
                        "label", "Milestone 0 (corrected)", "description", "Generated milestone 0, corrected",
                        "occurredOn", day, "sources", sources), "occurredOn", day, "sources", sources)));
    }

    private static void expectOk(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
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
    void rebuildingEveryProjectionReproducesEveryStateHistoryAndListingByteForByte() throws Exception {
        List<String> ids = new ArrayList<>();
        SeedAgreements.all().forEach(seed -> ids.add(seed.agreementId()));
        for (int n = 0; n < GENERATED_AGREEMENTS; n++) {
            ids.add("generated-" + n);
        }
        Map<String, String> before = readModels(ids);
        assertThat(before.get("/agreements/generated-0")).contains("Milestone 0 (corrected)");

        for (String projection : PROJECTIONS) {
            HttpResponse<String> rebuild = service.post(TestUsers.ADMIN, "/admin/processors/" + projection + "/rebuild", null);
            assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);
            await().atMost(PATIENCE).untilAsserted(() -> {
                JsonNode status = service.admin("/admin/processors/" + projection);
                assertThat(status.path("segmentsClaimed").asInt()).isPositive();
                assertThat(status.path("replaying").asBoolean()).isFalse();
                assertThat(status.path("lag").asLong()).isZero();
            });
        }

        assertThat(readModels(ids)).isEqualTo(before);
    }

    /** Every agreement's state and history and the whole listing, once every projection has caught up. */
    private Map<String, String> readModels(List<String> ids) throws Exception {
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String projection : PROJECTIONS) {
                assertThat(service.admin("/admin/processors/" + projection).path("lag").asLong(-1)).as(projection).isZero();
            }
        });
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String id : ids) {
            for (String path : List.of("/agreements/" + id, "/agreements/" + id + "/history?limit=1000")) {
                HttpResponse<String> answer = service.get(TestUsers.AUDITOR, path);
                assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
                bodies.put(path, answer.body());
            }
        }
        HttpResponse<String> listing = service.get(TestUsers.AUDITOR, "/agreements?limit=500");
        assertThat(listing.statusCode()).as(listing.body()).isEqualTo(200);
        bodies.put("/agreements?limit=500", listing.body());
        return bodies;
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
