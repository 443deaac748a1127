package accord.http.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.agreements.AgreementAction;
import accord.http.demo.SeedAgreements;
import accord.http.testsupport.AccordContexts;
import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUser;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Retried commands with an Idempotency-Key are recorded once, on any node, and answered alike. */
@AccordIntegrationTest
class IdempotencyIT {

    private static final TestUser SECOND_CLERK = new TestUser("clerk2", "clerk2-test-5Rt1", "CLERK");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private ServiceClient service;
    private String agreementId;

    @BeforeEach
    void anMoU() throws Exception {
        service = new ServiceClient(port, json);
        agreementId = "idempotent-" + Long.toString(System.nanoTime(), 36);
        service.signMoU(agreementId);
    }

    @Test
    void aRetriedCommandIsRecordedOnceAndAnsweredAlike() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = statement(service, key, milestone("Review"));
        HttpResponse<String> retry = statement(service, key, milestone("Review"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue(IdempotencyFilter.REPLAYED)).isEmpty();
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED)).contains("true");
        assertThat(eventsOf(agreementId)).isEqualTo(2);
    }

    @Test
    void theSameBodyWrittenOtherwiseIsTheSameRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = json.writeValueAsString(milestone("Review"));
        HttpResponse<String> first = statement(service, key, body);
        HttpResponse<String> retry = statement(service, key, "  " + json.readTree(body).toPrettyString());

        assertThat(retry.statusCode()).isEqualTo(first.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(eventsOf(agreementId)).isEqualTo(2);
    }

    @Test
    void theSameKeyForAnotherBodyIsRefusedAndRecordsNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        statement(service, key, milestone("Review"));
        HttpResponse<String> other = statement(service, key, milestone("Another review"));

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(json.readTree(other.body()).path("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(eventsOf(agreementId)).isEqualTo(2);
    }

    @Test
    void aRetriedProposalAnswersItsLocationAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        var proposal = SeedAgreements.koreaUsTechnologyProsperityDeal().steps().get(0);
        String body = json.writeValueAsString(proposal).replace("\"kr-us-technology-prosperity-deal\"", "\"" + agreementId + "-deal\"");
        HttpResponse<String> first = service.post(TestUsers.CLERK, "/agreements", body, Map.of("Idempotency-Key", key));
        HttpResponse<String> retry = service.post(TestUsers.CLERK, "/agreements", body, Map.of("Idempotency-Key", key));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).as("not 409 AGREEMENT_ALREADY_EXISTS").isEqualTo(201);
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location")).isPresent();
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(eventsOf(agreementId + "-deal")).isEqualTo(1);
    }

    @Test
    void aRefusalIsAnsweredAgainToo() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, String> headers = Map.of("Idempotency-Key", key, "If-Match", "\"7\"");
        HttpResponse<String> first = service.post(TestUsers.CLERK, path(), milestone("Review"), headers);
        HttpResponse<String> retry = service.post(TestUsers.CLERK, path(), milestone("Review"), headers);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(412);
        assertThat(retry.statusCode()).isEqualTo(412);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED)).contains("true");
    }

    @Test
    void anInvalidKeyIsABadRequest() throws Exception {
        HttpResponse<String> answer = statement(service, "k".repeat(256), milestone("Review"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json.readTree(answer.body()).path("code").asText()).isEqualTo("INVALID_IDEMPOTENCY_KEY");
        assertThat(eventsOf(agreementId)).isEqualTo(1);
    }

    @Test
    void manyClientsRetryingAtOnceRecordOneEvent() throws Exception {
        int clients = 16;
        String key = UUID.randomUUID().toString();
        String body = json.writeValueAsString(milestone("Review"));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            CyclicBarrier start = new CyclicBarrier(clients);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return statement(service, key, body);
                }));
            }
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> recorded = answers.stream().filter(answer -> answer.statusCode() == 200).map(HttpResponse::body).toList();
        assertThat(recorded).isNotEmpty();
        assertThat(recorded).as("every 200 is the one answer").containsOnly(recorded.get(0));
        answers.stream().filter(answer -> answer.statusCode() != 200).forEach(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
            assertThat(answer.body()).contains("IDEMPOTENCY_KEY_IN_USE");
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        });
        assertThat(eventsOf(agreementId)).isEqualTo(2);
    }

    @Test
    void aKeyHoldsOnAnotherNodeOfTheSameDatabase() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = statement(service, key, milestone("Review"));
        try (ConfigurableApplicationContext secondNode = AccordContexts.startOnTestDatabase(
                "accord.security.users.clerk2.password={noop}" + SECOND_CLERK.password(),
                "accord.security.users.clerk2.roles=CLERK")) {
            int secondPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
            ServiceClient second = new ServiceClient(secondPort, json);
            HttpResponse<String> retry = statement(second, key, milestone("Review"));

            assertThat(retry.statusCode()).isEqualTo(200);
            assertThat(retry.body()).isEqualTo(first.body());
            assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED)).contains("true");
            assertThat(eventsOf(agreementId)).isEqualTo(2);

            HttpResponse<String> anotherClerks = second.post(SECOND_CLERK, path(), milestone("Review"),
                    Map.of("Idempotency-Key", key));
            assertThat(anotherClerks.statusCode()).as("keys belong to their principal").isEqualTo(200);
            assertThat(anotherClerks.headers().firstValue(IdempotencyFilter.REPLAYED)).isEmpty();
        }
        assertThat(eventsOf(agreementId)).isEqualTo(3);
    }

    private HttpResponse<String> statement(ServiceClient node, String key, Object body) throws Exception {
        return node.post(TestUsers.CLERK, path(), body, Map.of("Idempotency-Key", key));
    }

    private String path() {
        return AgreementAction.RECORD_MILESTONE.path(agreementId);
    }

    private long eventsOf(String id) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, id);
    }

    private static Map<String, Object> milestone(String label) {
        return Map.of("label", label, "description", "Held in Seoul",
                "occurredOn", Map.of("date", "2025-10", "precision", "MONTH"),
                "sources", List.of(Map.of("publisher", "Bloomberg", "title", "Review",
                        "url", "https://seeds.accord.example/001", "publishedOn", "2025-10", "language", "en")));
    }
}
