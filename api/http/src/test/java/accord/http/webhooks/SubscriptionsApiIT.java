package accord.http.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import accord.http.testsupport.TestUser;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The /subscriptions API: who may use it, whose subscriptions one sees, the secret shown once, refusals. */
class SubscriptionsApiIT extends WebhookIntegrationTest {

    @Test
    void theSecretIsShownOnCreationAndNeverAgain() throws Exception {
        JsonNode created = client.subscribe(receiver.url("secret"), Map.of());
        String id = created.path("id").asText();
        String secret = created.path("secret").asText();

        assertThat(secret).startsWith("whsec_");
        new Webhook(secret); // the reference library reads it
        assertThat(created.path("state").asText()).isEqualTo("ACTIVE");
        assertThat(created.path("createdBy").asText()).isEqualTo("integrator");

        HttpResponse<String> found = client.service().get(TestUsers.INTEGRATOR, "/subscriptions/" + id);
        HttpResponse<String> listed = client.service().get(TestUsers.INTEGRATOR, "/subscriptions");
        HttpResponse<String> asAdmin = client.service().get(TestUsers.ADMIN, "/subscriptions/" + id);
        for (HttpResponse<String> answer : List.of(found, listed, asAdmin)) {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).doesNotContain(secret).doesNotContain(secret.substring(6)).doesNotContain("whsec_")
                    .doesNotContain("\"secret\"");
        }
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneForAWhile() throws Exception {
        String agreement = "rotated-" + run;
        JsonNode created = client.subscribe(receiver.url("rotated"), Map.of("agreementIds", List.of(agreement)));
        String id = created.path("id").asText();
        String old = created.path("secret").asText();

        JsonNode rotated = client.post("/subscriptions/" + id + "/secret", null);
        String fresh = rotated.path("secret").asText();
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
        assertThat(client.service().get(TestUsers.INTEGRATOR, "/subscriptions/" + id).body()).doesNotContain(fresh);

        receiver.trust("rotated", fresh);
        List<Long> positions = client.record(agreement, 2);
        await().atMost(PATIENCE).until(() -> Received.taken(receiver, "rotated") >= positions.size());
        Received.exactlyOnceInOrder(receiver, "rotated", positions);
        assertThat(receiver.received("rotated")).allSatisfy(delivery -> assertThat(delivery.signatures()).isEqualTo(2));

        receiver.trust("rotated", old);
        client.post("/subscriptions/" + id + "/replay", Map.of("after", positions.get(0)));
        await().atMost(PATIENCE).until(() -> receiver.received("rotated").size() > positions.size());
        assertThat(receiver.received("rotated").get(positions.size()).verification()).isNull();
    }

    @Test
    void onlyIntegratorsAndAdminsMayUseWebhooks() throws Exception {
        for (TestUser user : List.of(TestUsers.AUDITOR, TestUsers.CLERK)) {
            HttpResponse<String> list = client.service().get(user, "/subscriptions");
            assertThat(list.statusCode()).as(user.name()).isEqualTo(403);
            assertThat(client.read(list).path("code").asText()).isNotBlank();
            assertThat(client.service().post(user, "/subscriptions", Map.of("url", receiver.url("x"))).statusCode())
                    .as(user.name()).isEqualTo(403);
        }
        assertThat(client.service().getAnonymously("/subscriptions").statusCode()).isEqualTo(401);
        assertThat(client.service().get(TestUsers.ADMIN, "/subscriptions").statusCode()).isEqualTo(200);
    }

    @Test
    void anIntegratorSeesAndChangesOnlyTheirOwnSubscriptionsAndAdminsAll() throws Exception {
        String mine = client.subscribe(receiver.url("mine"), Map.of()).path("id").asText();
        String theirs = client.subscribe(WebhookClient.OTHER_INTEGRATOR, receiver.url("theirs"), Map.of())
                .path("id").asText();

        assertThat(ids(client.service().get(TestUsers.INTEGRATOR, "/subscriptions"))).containsExactly(mine);
        assertThat(ids(client.service().get(WebhookClient.OTHER_INTEGRATOR, "/subscriptions"))).containsExactly(theirs);
        assertThat(ids(client.service().get(TestUsers.ADMIN, "/subscriptions"))).containsExactly(mine, theirs);

        for (HttpResponse<String> answer : List.of(
                client.service().get(TestUsers.INTEGRATOR, "/subscriptions/" + theirs),
                client.service().get(TestUsers.INTEGRATOR, "/subscriptions/" + theirs + "/deliveries"),
                client.service().post(TestUsers.INTEGRATOR, "/subscriptions/" + theirs + "/pause", null),
                client.service().post(TestUsers.INTEGRATOR, "/subscriptions/" + theirs + "/secret", null),
                client.service().post(TestUsers.INTEGRATOR, "/subscriptions/" + theirs + "/replay", Map.of("after", -1)),
                client.service().delete(TestUsers.INTEGRATOR, "/subscriptions/" + theirs),
                client.service().get(TestUsers.INTEGRATOR, "/subscriptions/no-such-subscription"))) {
            assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(404);
            JsonNode problem = client.read(answer);
            assertThat(problem.path("code").asText()).isEqualTo("SUBSCRIPTION_NOT_FOUND");
            assertThat(problem.path("type").asText()).isEqualTo("/problems/subscription-not-found");
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(client.ok(client.service().get(WebhookClient.OTHER_INTEGRATOR, "/subscriptions/" + theirs))
                .path("state").asText()).isEqualTo("ACTIVE");

        HttpResponse<String> pausedByAdmin = client.service().post(TestUsers.ADMIN, "/subscriptions/" + theirs + "/pause",
                null);
        assertThat(client.ok(pausedByAdmin).path("pausedReason").asText()).isEqualTo("Paused by admin.");
    }

    @Test
    void aDeletedSubscriptionIsGoneAndDeliversNothingMore() throws Exception {
        String agreement = "deleted-" + run;
        String id = client.subscribe(receiver, "deleted", Map.of("agreementIds", List.of(agreement)));

        assertThat(client.service().delete(TestUsers.INTEGRATOR, "/subscriptions/" + id).statusCode()).isEqualTo(204);
        assertThat(client.service().get(TestUsers.INTEGRATOR, "/subscriptions/" + id).statusCode()).isEqualTo(404);
        assertThat(client.service().delete(TestUsers.INTEGRATOR, "/subscriptions/" + id).statusCode()).isEqualTo(404);

        client.record(agreement, 2);
        Thread.sleep(1000);
        assertThat(receiver.received("deleted")).isEmpty();
    }

    @Test
    void refusesSubscriptionsItCannotServeNamingTheField() throws Exception {
        expectInvalid(Map.of("url", receiver.url("x"), "types", List.of("MoUSigned", "NoSuchThingHappened")),
                "types[1]", "UNKNOWN_EVENT_TYPE");
        expectInvalid(Map.of("url", receiver.url("x"), "types", List.of("example.accord.agreement.MoUSigned.v7")),
                "types[0]", "UNKNOWN_EVENT_TYPE");
        expectInvalid(Map.of("url", "ftp://127.0.0.1/hook"), "url", "INVALID_URL");
        expectInvalid(Map.of("url", "http://user:password@127.0.0.1/hook"), "url", "INVALID_URL");
        expectInvalid(Map.of("url", "/relative"), "url", "INVALID_URL");
        expectInvalid(Map.of("types", List.of("MoUSigned")), "url", "REQUIRED");
        expectInvalid(Map.of("url", receiver.url("x"), "agreementIds", List.of("Not A Slug")), "agreementIds[0]",
                "INVALID_AGREEMENT_ID");
        expectInvalid(Map.of("url", receiver.url("x"), "after", Long.MAX_VALUE / 2), "after", "OUT_OF_RANGE");
        expectInvalid(Map.of("url", receiver.url("x"), "after", -2), "after", "OUT_OF_RANGE");

        HttpResponse<String> unknownField = client.service().post(TestUsers.INTEGRATOR, "/subscriptions",
                Map.of("url", receiver.url("x"), "secret", "whsec_mine"));
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(client.read(unknownField).path("code").asText()).isEqualTo("UNKNOWN_FIELD");
        assertThat(ids(client.service().get(TestUsers.ADMIN, "/subscriptions"))).isEmpty();
    }

    @Test
    void acceptsTypesByEitherNameAndAnswersThemAsCloudEventsTypes() throws Exception {
        JsonNode created = client.subscribe(receiver.url("typed"), Map.of("types",
                List.of("MoUSigned", "example.accord.agreement.AgreementSigned.v1", "MoUSigned")));

        assertThat(created.path("types")).extracting(JsonNode::asText).containsExactly(
                "example.accord.agreement.AgreementSigned.v1", "example.accord.agreement.MoUSigned.v1");
        assertThat(created.path("agreementIds")).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesEveryWebhookOperationWithItsProblems() throws Exception {
        JsonNode paths = client.read(client.service().getAnonymously("/v3/api-docs")).path("paths");

        JsonNode create = paths.path("/subscriptions").path("post");
        assertThat(create.path("operationId").asText()).isEqualTo("createSubscription");
        assertThat(create.path("responses").path("201").path("headers").has("Location")).isTrue();
        assertThat(create.path("responses").path("400").path("content").has("application/problem+json")).isTrue();
        assertThat(create.path("responses").path("400").path("description").asText()).contains("TARGET_NOT_ALLOWED");
        assertThat(create.path("responses").has("409")).isTrue();
        assertThat(paths.path("/subscriptions").path("get").path("operationId").asText()).isEqualTo("listSubscriptions");
        assertThat(paths.path("/subscriptions/{id}").path("delete").path("responses").has("204")).isTrue();
        for (String path : List.of("/subscriptions/{id}", "/subscriptions/{id}/deliveries")) {
            assertThat(paths.path(path).path("get").path("responses").path("404").path("description").asText())
                    .as(path).contains("SUBSCRIPTION_NOT_FOUND");
        }
        for (String action : List.of("replay", "resume", "pause", "secret")) {
            assertThat(paths.path("/subscriptions/{id}/" + action).path("post").path("responses").has("404"))
                    .as(action).isTrue();
        }
        assertThat(create.path("parameters").isMissingNode() || create.path("parameters").isEmpty())
                .as("the caller is not a parameter").isTrue();
    }

    private void expectInvalid(Map<String, ?> body, String field, String code) throws Exception {
        HttpResponse<String> answer = client.service().post(TestUsers.INTEGRATOR, "/subscriptions", body);
        assertThat(answer.statusCode()).as(body + ": " + answer.body()).isEqualTo(400);
        JsonNode problem = client.read(answer);
        assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.path("errors")).as(answer.body()).anySatisfy(error -> {
            assertThat(error.path("field").asText()).isEqualTo(field);
            assertThat(error.path("code").asText()).isEqualTo(code);
        });
    }

    private List<String> ids(HttpResponse<String> listing) throws Exception {
        return StreamSupport.stream(client.ok(listing).path("subscriptions").spliterator(), false)
                .map(subscription -> subscription.path("id").asText()).toList();
    }
}
