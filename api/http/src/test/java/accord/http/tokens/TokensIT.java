package accord.http.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import accord.http.agreements.AgreementAction;
import accord.http.agreements.AgreementRequest;
import accord.http.demo.SeedAgreements;
import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** API tokens: issued by ADMIN and shown once, bound to a role, recorded by name, revoked and expired at once. */
@AccordIntegrationTest
class TokensIT {

    private static final String ADMIN = ServiceClient.basic(TestUsers.ADMIN);

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    private ServiceClient service;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void connect() {
        service = new ServiceClient(port, json);
    }

    @Test
    void theTokenIsShownWhenIssuedAndNeverAgain() throws Exception {
        HttpResponse<String> answer = issue("shown-once-" + run, "AUDITOR", null);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode issued = json.readTree(answer.body());
        String token = issued.path("token").asText();
        assertThat(token).matches("acc_[A-Za-z0-9_-]{43}");
        assertThat(issued.path("prefix").asText()).isEqualTo(token.substring(0, 8));
        assertThat(issued.path("principal").asText()).isEqualTo("token:shown-once-" + run);
        assertThat(issued.path("createdBy").asText()).isEqualTo(TestUsers.ADMIN.name());
        assertThat(answer.headers().firstValue("Location")).hasValue("/admin/tokens/" + issued.path("id").asText());

        HttpResponse<String> listed = service.exchange("GET", "/admin/tokens", ADMIN, null);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains(issued.path("id").asText())
                .doesNotContain(token).doesNotContain(token.substring(4)).doesNotContain("\"token\"");
    }

    @Test
    void eventsRecordedWithATokenNameItsPrincipal() throws Exception {
        String token = tokenOf(issue("ingest-" + run, "CLERK", null));
        String agreementId = "token-mou-" + run;
        AgreementRequest signing = SeedAgreements.koreaBlackRockMoU().steps().get(0);

        HttpResponse<String> recorded = service.exchange("POST", AgreementAction.of(signing).path(agreementId),
                "Bearer " + token, json.writeValueAsString(signing));

        assertThat(recorded.statusCode()).as(recorded.body()).isIn(200, 201);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> history = service.exchange("GET", "/agreements/" + agreementId + "/history", ADMIN, null);
            assertThat(history.statusCode()).isEqualTo(200);
            JsonNode entries = json.readTree(history.body()).path("entries");
            assertThat(entries).isNotEmpty();
            assertThat(entries).allSatisfy(entry ->
                    assertThat(entry.path("recordedBy").asText()).isEqualTo("token:ingest-" + run));
        });
        JsonNode listed = token("ingest-" + run);
        assertThat(listed.path("lastUsedAt").isTextual()).isTrue();
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() throws Exception {
        JsonNode issued = json.readTree(issue("revoked-" + run, "AUDITOR", null).body());
        String bearer = "Bearer " + issued.path("token").asText();
        assertThat(service.exchange("GET", "/ledger/key", bearer, null).statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = service.exchange("DELETE", "/admin/tokens/" + issued.path("id").asText(), ADMIN, null);

        assertThat(revoked.statusCode()).isEqualTo(204);
        assertInvalidToken(service.exchange("GET", "/ledger/key", bearer, null));
        JsonNode listed = token("revoked-" + run);
        assertThat(listed.path("revokedAt").isTextual()).isTrue();
        assertThat(listed.path("revokedBy").asText()).isEqualTo(TestUsers.ADMIN.name());
        assertThat(service.exchange("DELETE", "/admin/tokens/" + issued.path("id").asText(), ADMIN, null).statusCode())
                .isEqualTo(204);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String bearer = "Bearer " + tokenOf(issue("expiring-" + run, "AUDITOR", Instant.now().plusSeconds(2)));
        assertThat(service.exchange("GET", "/ledger/key", bearer, null).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertInvalidToken(service.exchange("GET", "/ledger/key", bearer, null)));
    }

    @Test
    void unknownAndMalformedTokensAreRefused() throws Exception {
        assertInvalidToken(service.exchange("GET", "/ledger/key", "Bearer acc_" + "A".repeat(43), null));
        assertInvalidToken(service.exchange("GET", "/ledger/key", "Bearer not-a-token", null));
    }

    @Test
    void aTokenHasOnlyItsRole() throws Exception {
        String bearer = "Bearer " + tokenOf(issue("reader-" + run, "AUDITOR", null));

        HttpResponse<String> recording = service.exchange("POST", "/agreements", bearer, "{}");
        HttpResponse<String> issuing = service.exchange("POST", "/admin/tokens", bearer,
                "{\"name\":\"escalated\",\"role\":\"ADMIN\"}");

        for (HttpResponse<String> refused : java.util.List.of(recording, issuing)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(json.readTree(refused.body()).path("code").asText()).isEqualTo("FORBIDDEN");
            assertThat(refused.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("insufficient_scope");
        }
    }

    @Test
    void anonymousCallersAreOfferedBothSchemes() throws Exception {
        HttpResponse<String> answer = service.exchange("GET", "/ledger/key", null, null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().allValues("WWW-Authenticate")).anyMatch(value -> value.startsWith("Basic"))
                .anyMatch(value -> value.startsWith("Bearer"));
    }

    @Test
    void invalidRequestsAreRefusedWithTheirField() throws Exception {
        assertField(issue("past-" + run, "CLERK", Instant.now().minusSeconds(60)), 400, "expiresAt");
        assertField(service.exchange("POST", "/admin/tokens", ADMIN, "{\"name\":\"no role\"}"), 400, "name");
        assertField(service.exchange("POST", "/admin/tokens", ADMIN, "{\"name\":\"x\",\"role\":\"KING\"}"), 400, "role");
        HttpResponse<String> unknown = service.exchange("DELETE", "/admin/tokens/no-such-token", ADMIN, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).path("code").asText()).isEqualTo("TOKEN_NOT_FOUND");
    }

    @Test
    void theTokenEndpointsAreDocumentedWithTheBearerScheme() throws Exception {
        JsonNode document = json.readTree(service.exchange("GET", "/v3/api-docs", null, null).body());

        JsonNode paths = document.path("paths");
        assertThat(paths.path("/admin/tokens").path("post").path("operationId").asText()).isEqualTo("issueApiToken");
        assertThat(paths.path("/admin/tokens").path("get").path("operationId").asText()).isEqualTo("listApiTokens");
        assertThat(paths.path("/admin/tokens/{id}").path("delete").path("operationId").asText())
                .isEqualTo("revokeApiToken");
        assertThat(document.path("components").path("securitySchemes").path("bearer").path("scheme").asText())
                .isEqualTo("bearer");
    }

    private HttpResponse<String> issue(String name, String role, Instant expiresAt) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("role", role);
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        return service.exchange("POST", "/admin/tokens", ADMIN, json.writeValueAsString(body));
    }

    private String tokenOf(HttpResponse<String> issued) throws Exception {
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return json.readTree(issued.body()).path("token").asText();
    }

    private JsonNode token(String name) throws Exception {
        JsonNode tokens = json.readTree(service.exchange("GET", "/admin/tokens", ADMIN, null).body()).path("tokens");
        for (JsonNode token : tokens) {
            if (token.path("name").asText().equals(name)) {
                return token;
            }
        }
        throw new AssertionError("No token named " + name + " in " + tokens);
    }

    private void assertInvalidToken(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer").contains("error=\"invalid_token\"");
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json.readTree(answer.body()).path("code").asText()).isEqualTo("INVALID_TOKEN");
    }

    private void assertField(HttpResponse<String> answer, int status, String field) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(json.readTree(answer.body()).path("errors")).anySatisfy(error ->
                assertThat(error.path("field").asText()).isEqualTo(field));
    }
}
