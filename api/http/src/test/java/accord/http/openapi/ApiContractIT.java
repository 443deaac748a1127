package accord.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.catalogue.AgreementsOfEveryEventType;
import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUser;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Live traffic conforms to the served OpenAPI document: every command with a valid body and with
 * invalid ones, every read, the admin, token and webhook endpoints and the usual refusals, each request
 * and answer checked by Atlassian's OpenAPI request/response validator against {@code /v3/api-docs}.
 * Requests that are wrong on purpose are checked for their answer only. The SSE stream never ends, so
 * only its status and media type are checked.
 */
@AccordIntegrationTest
class ApiContractIT {

    private static final String PROPOSAL = """
            {"id":"%s","kind":"MOU","title":"Contract test MoU",
             "parties":[{"code":"KR","kind":"STATE","name":"Republic of Korea","role":"PARTY"},
                        {"code":"BLACKROCK","kind":"ORGANISATION","name":"BlackRock","role":"PARTY"}],
             "occurredOn":{"date":"2025-09","precision":"MONTH"},
             "sources":[{"publisher":"Accord tests","title":"The contract test","url":"https://seeds.accord.example/contract.txt","publishedOn":"2025-09","language":"en"}]}""";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @Test
    void everyExchangeConformsToTheServedDocument() throws Exception {
        ContractCheck contract = ContractCheck.of(new ServiceClient(port, json));
        ServiceClient service = contract.valid();
        ServiceClient wrong = contract.wrongOnPurpose();
        String run = UUID.randomUUID().toString().substring(0, 8);

        List<String> agreements = AgreementsOfEveryEventType.record(service, run);
        String id = agreements.get(0);
        reads(service, id);
        refusals(service, wrong, run, id);
        idempotency(service, run);
        administration(service, wrong);
        webhooks(service, wrong);

        List<String> violations = contract.violations();
        System.out.println(contract.summary("ApiContractIT"));
        assertThat(violations).as("%d violations of the document", violations.size()).isEmpty();
        assertThat(contract.statuses()).as("the answers exercised").containsKeys(200, 201, 204, 304, 400, 401, 403, 404,
                406, 409, 412, 413, 415, 422);
        theStreamAnswersAsDocumented(json.readTree(contract.document()));
    }

    /** The stream never ends, so only its status and media type are held against the document. */
    private void theStreamAnswersAsDocumented(JsonNode document) throws Exception {
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(new ServiceClient(port, json).to("/events/stream?after=now")
                .header("Authorization", ServiceClient.basic(TestUsers.INTEGRATOR)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = stream.body()) {
            String mediaType = stream.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
            JsonNode declared = document.path("paths").path("/events/stream").path("get").path("responses")
                    .path(String.valueOf(stream.statusCode())).path("content");
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(declared.has(mediaType)).as("%s declared for the stream's %d: %s", mediaType,
                    stream.statusCode(), declared).isTrue();
        }
    }

    private void reads(ServiceClient service, String id) throws Exception {
        TestUser auditor = TestUsers.AUDITOR;
        service.get(auditor, "/agreements");
        service.get(auditor, "/agreements?party=KR&kind=MOU&limit=1");
        service.get(auditor, "/agreements?q=data&occurredFrom=2025&occurredTo=2025-12");
        service.get(auditor, "/agreements/" + id);
        HttpResponse<String> state = service.get(auditor, "/agreements/" + id + "?minVersion=0");
        service.send(service.to("/agreements/" + id).header("Authorization", ServiceClient.basic(auditor))
                .header("If-None-Match", state.headers().firstValue("ETag").orElse("\"0\"")).GET(), null);
        service.get(auditor, "/agreements/" + id + "?asOfVersion=0");
        service.get(auditor, "/agreements/" + id + "?asOccurredOn=2025-10");
        service.get(auditor, "/agreements/" + id + "?asRecordedAt=2030-01-01T00:00:00Z");
        service.get(auditor, "/agreements/" + id + "/history");
        service.get(auditor, "/agreements/" + id + "/history?after=0&type=MoUSigned");
        service.get(auditor, "/agreements/" + id + "/diff?fromVersion=0&toVersion=1");
        service.get(auditor, "/agreements/" + id + "/audit-bundle");
        service.get(auditor, "/events");
        service.get(auditor, "/events?after=0&limit=2&agreementId=" + id, "application/json");
        service.get(auditor, "/ledger/checkpoint");
        JsonNode checkpoints = json.readTree(service.get(auditor, "/ledger/checkpoints?limit=500").body());
        service.get(auditor, "/ledger/key");
        service.get(auditor, "/ledger/leaves/0");
        JsonNode latest = checkpoints.path("checkpoints").get(checkpoints.path("checkpoints").size() - 1);
        long treeSize = latest.path("treeSize").asLong(1);
        service.get(auditor, "/ledger/proofs/inclusion?position=0&treeSize=" + treeSize);
        service.get(auditor, "/ledger/proofs/consistency?from=1&to=" + treeSize);
        JsonNode catalogue = json.readTree(service.get(auditor, "/schemas/events").body());
        String schema = catalogue.findValuesAsText("schema").stream().findFirst().orElse("/schemas/events/MoUSigned.v1.json");
        service.get(auditor, URI.create(schema).getPath());
        service.get(auditor, "/asyncapi.yaml");
    }

    private void refusals(ServiceClient service, ServiceClient wrong, String run, String id) throws Exception {
        TestUser clerk = TestUsers.CLERK;
        String fresh = "contract-" + run;
        service.post(clerk, "/agreements", PROPOSAL.formatted(fresh));
        service.post(clerk, "/agreements", PROPOSAL.formatted(fresh)); // 409 AGREEMENT_ALREADY_EXISTS
        service.post(clerk, "/agreements/" + fresh + "/suspend",
                "{\"reason\":\"A contract test\",\"occurredOn\":{\"date\":\"2025-10\",\"precision\":\"MONTH\"},"
                        + "\"sources\":[{\"publisher\":\"Accord tests\",\"title\":\"The contract test\","
                        + "\"url\":\"https://seeds.accord.example/contract.txt\",\"publishedOn\":\"2025-10\",\"language\":\"en\"}]}",
                Map.of("If-Match", "\"99\"")); // 412
        service.post(clerk, "/agreements/unknown-" + run + "/suspend",
                "{\"reason\":\"A contract test\",\"occurredOn\":{\"date\":\"2025-10\",\"precision\":\"MONTH\"},"
                        + "\"sources\":[{\"publisher\":\"Accord tests\",\"title\":\"The contract test\","
                        + "\"url\":\"https://seeds.accord.example/contract.txt\",\"publishedOn\":\"2025-10\",\"language\":\"en\"}]}"); // 404
        service.post(clerk, "/agreements/unknown-" + run + "/suspend",
                "{\"reason\":\"A contract test\",\"occurredOn\":{\"date\":\"2025-10\",\"precision\":\"MONTH\"},"
                        + "\"sources\":[{\"publisher\":\"Accord tests\",\"title\":\"The contract test\","
                        + "\"url\":\"https://seeds.accord.example/contract.txt\",\"publishedOn\":\"2025-10\",\"language\":\"en\"}]}",
                Map.of("If-Match", "*")); // 404: If-Match * needs the agreement to exist
        service.post(clerk, "/agreements/" + fresh + "/add-scope-areas",
                "{\"areas\":[\"AI\"],\"occurredOn\":{\"date\":\"2020\",\"precision\":\"YEAR\"},"
                        + "\"sources\":[{\"publisher\":\"Accord tests\",\"title\":\"The contract test\","
                        + "\"url\":\"https://seeds.accord.example/contract.txt\",\"publishedOn\":\"2025-10\",\"language\":\"en\"}]}"); // 422
        wrong.post(clerk, "/agreements", "{}");
        wrong.post(clerk, "/agreements", "{\"agreementId\":");
        wrong.post(clerk, "/agreements", PROPOSAL.formatted(fresh + "-x").replace("\"kind\":\"MOU\",", "\"kind\":\"MOU\",\"colour\":\"red\","));
        wrong.post(clerk, "/agreements/" + id + "/sign-mou", "{\"signatories\":\"none\"}");
        wrong.post(clerk, "/agreements/" + id + "/record-statement", "{}", Map.of("If-Match", "W/\"1\""));
        wrong.send(wrong.to("/agreements/" + id + "/record-milestone").header("Authorization", ServiceClient.basic(clerk))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")), "hello"); // 415
        wrong.get(TestUsers.AUDITOR, "/agreements/" + id, "application/xml"); // 406
        wrong.post(clerk, "/agreements", "{\"title\":\"" + "x".repeat(70_000) + "\"}"); // 413
        wrong.get(TestUsers.AUDITOR, "/agreements/Not An Id".replace(" ", "%20"));
        wrong.get(TestUsers.AUDITOR, "/agreements?limit=0");
        wrong.get(TestUsers.AUDITOR, "/agreements/" + id + "/diff?fromVersion=x");
        wrong.get(TestUsers.AUDITOR, "/events?after=-5");
        wrong.get(TestUsers.AUDITOR, "/ledger/proofs/inclusion?position=0&treeSize=999999999");
        wrong.get(TestUsers.AUDITOR, "/ledger/leaves/999999999");
        service.get(TestUsers.AUDITOR, "/agreements/no-such-agreement-" + run); // 404
        service.get(TestUsers.AUDITOR, "/agreements/no-such-agreement-" + run + "/history");
        service.get(TestUsers.AUDITOR, "/schemas/events/NoSuchEvent.v1.json");
        wrong.getAnonymously("/agreements"); // 401
        wrong.exchange("GET", "/agreements/" + id, "Bearer acc_not-a-token", null); // 401
        service.post(TestUsers.AUDITOR, "/agreements", PROPOSAL.formatted(fresh + "-y")); // 403
        service.get(TestUsers.CLERK, "/admin/processors"); // 403
    }

    /** A first request with a key, its retry (the original answer, replayed) and the key reused for another body (422). */
    private void idempotency(ServiceClient service, String run) throws Exception {
        TestUser clerk = TestUsers.CLERK;
        String key = "contract-" + run;
        String first = PROPOSAL.formatted("idempotent-" + run);
        HttpResponse<String> original = service.post(clerk, "/agreements", first, Map.of("Idempotency-Key", key));
        HttpResponse<String> replayed = service.post(clerk, "/agreements", first, Map.of("Idempotency-Key", key));
        HttpResponse<String> reused = service.post(clerk, "/agreements", PROPOSAL.formatted("other-" + run),
                Map.of("Idempotency-Key", key));

        assertThat(original.statusCode()).isEqualTo(201);
        assertThat(replayed.statusCode()).isEqualTo(201);
        assertThat(replayed.headers().firstValue("Idempotency-Replayed")).hasValue("true");
        assertThat(reused.statusCode()).isEqualTo(422);
    }

    private void administration(ServiceClient service, ServiceClient wrong) throws Exception {
        TestUser admin = TestUsers.ADMIN;
        JsonNode processors = json.readTree(service.get(admin, "/admin/processors").body());
        String name = processors.findValuesAsText("name").get(0);
        service.get(admin, "/admin/processors/" + name);
        service.get(admin, "/admin/processors/" + name + "/dead-letters");
        service.post(admin, "/admin/processors/" + name + "/dead-letters/retry", "{}");
        service.delete(admin, "/admin/processors/" + name + "/dead-letters/no-such-sequence");
        service.get(admin, "/admin/processors/no-such-processor");
        service.post(admin, "/admin/ledger/audit", null);
        service.get(admin, "/admin/ledger/audit");
        HttpResponse<String> issued = service.post(admin, "/admin/tokens",
                "{\"name\":\"contract-bot\",\"role\":\"AUDITOR\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
        String tokenId = json.readTree(issued.body()).path("id").asText();
        String secret = json.readTree(issued.body()).path("token").asText();
        service.exchange("GET", "/agreements?limit=1", "Bearer " + secret, null);
        service.get(admin, "/admin/tokens");
        service.delete(admin, "/admin/tokens/" + tokenId);
        service.delete(admin, "/admin/tokens/" + UUID.randomUUID());
        wrong.post(admin, "/admin/tokens", "{\"name\":\"\",\"role\":\"KING\"}");
    }

    private void webhooks(ServiceClient service, ServiceClient wrong) throws Exception {
        TestUser integrator = TestUsers.INTEGRATOR;
        HttpResponse<String> created = service.post(integrator, "/subscriptions",
                "{\"url\":\"https://hooks.example.org/accord\",\"after\":-1}");
        service.get(integrator, "/subscriptions");
        String subscription = json.readTree(created.body()).path("id").asText("no-such-subscription");
        service.get(integrator, "/subscriptions/" + subscription);
        service.get(integrator, "/subscriptions/" + subscription + "/deliveries?limit=10");
        service.post(integrator, "/subscriptions/" + subscription + "/pause", null);
        service.post(integrator, "/subscriptions/" + subscription + "/resume", null);
        service.post(integrator, "/subscriptions/" + subscription + "/replay", "{\"after\":-1}");
        service.post(integrator, "/subscriptions/" + subscription + "/secret", null);
        service.delete(integrator, "/subscriptions/" + subscription);
        service.get(integrator, "/subscriptions/" + UUID.randomUUID());
        wrong.post(integrator, "/subscriptions", "{\"url\":\"ftp://nowhere\"}");
        service.get(TestUsers.AUDITOR, "/subscriptions"); // 403
    }
}
