package accord.http.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.agreements.AgreementRequest;
import accord.http.demo.SeedAgreement;
import accord.http.demo.SeedAgreements;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUser;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records events and works subscriptions over real HTTP, as the test users. */
final class WebhookClient {

    /** The second integrator of {@link WebhookDatabase}. */
    static final TestUser OTHER_INTEGRATOR = new TestUser(WebhookDatabase.OTHER_INTEGRATOR,
            WebhookDatabase.OTHER_INTEGRATOR_PASSWORD, "INTEGRATOR");

    private final ServiceClient service;
    private final ObjectMapper json;

    WebhookClient(int port, ObjectMapper json) {
        this.service = new ServiceClient(port, json);
        this.json = json;
    }

    ServiceClient service() {
        return service;
    }

    /**
     * Records an agreement with this many events (at least 2): the US AI-chip arrangements proposed
     * under this id, then statements.
     *
     * @return each event's ledger position and id, in order
     */
    List<Long> record(String agreementId, int events) throws Exception {
        SeedAgreement chips = SeedAgreements.usAiChipExportArrangementsChina();
        List<Long> positions = new ArrayList<>();
        for (JsonNode receipt : service.recordUnder(chips, agreementId)) {
            positions.add(receipt.path("position").asLong());
        }
        positions.addAll(recordStatements(agreementId, events - positions.size()));
        return positions;
    }

    /** Records this many more statements on a recorded agreement. @return their positions, in order */
    List<Long> recordStatements(String agreementId, int count) throws Exception {
        AgreementRequest statement = SeedAgreements.usAiChipExportArrangementsChina().steps().get(1);
        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> answer = service.post(TestUsers.CLERK,
                    "/agreements/" + agreementId + "/record-statement", statement);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            positions.add(json.readTree(answer.body()).path("position").asLong());
        }
        return positions;
    }

    /** Subscribes as the integrator; the answer must be 201. @return the created subscription, secret included */
    JsonNode subscribe(String url, Map<String, ?> more) throws Exception {
        return subscribe(TestUsers.INTEGRATOR, url, more);
    }

    JsonNode subscribe(TestUser user, String url, Map<String, ?> more) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(more);
        body.put("url", url);
        HttpResponse<String> answer = service.post(user, "/subscriptions", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode created = json.readTree(answer.body());
        assertThat(answer.headers().firstValue("Location")).hasValue("/subscriptions/" + created.path("id").asText());
        return created;
    }

    /** Subscribes a receiver's path, and makes the receiver trust the secret. @return the subscription's id */
    String subscribe(WebhookReceiver receiver, String name, Map<String, ?> more) throws Exception {
        JsonNode created = subscribe(receiver.url(name), more);
        receiver.trust(name, created.path("secret").asText());
        return created.path("id").asText();
    }

    /** @return the subscription as its owner sees it; the answer must be 200 */
    JsonNode subscription(String id) throws Exception {
        return ok(service.get(TestUsers.INTEGRATOR, "/subscriptions/" + id));
    }

    /** @return the newest attempts of the subscription's delivery log, newest first */
    List<JsonNode> deliveries(String id) throws Exception {
        List<JsonNode> attempts = new ArrayList<>();
        ok(service.get(TestUsers.INTEGRATOR, "/subscriptions/" + id + "/deliveries?limit=500"))
                .path("deliveries").forEach(attempts::add);
        return attempts;
    }

    JsonNode post(String path, Object body) throws Exception {
        return ok(service.post(TestUsers.INTEGRATOR, path, body));
    }

    /** Deletes every subscription, so none of one test keeps delivering during the next. */
    void deleteAll() throws Exception {
        for (JsonNode subscription : ok(service.get(TestUsers.ADMIN, "/subscriptions")).path("subscriptions")) {
            service.delete(TestUsers.ADMIN, "/subscriptions/" + subscription.path("id").asText());
        }
    }

    JsonNode ok(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    JsonNode read(HttpResponse<String> answer) throws Exception {
        return json.readTree(answer.body());
    }
}
