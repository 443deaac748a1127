package accord.http.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Deliveries to a receiver that is up: every event, once, in position order, signed, through the filters. */
class WebhookDeliveryIT extends WebhookIntegrationTest {

    @Test
    void everyNewEventArrivesOnceInPositionOrderWithAValidSignature() throws Exception {
        String id = client.subscribe(receiver, "all", Map.of());

        List<Long> positions = new ArrayList<>();
        positions.addAll(client.record("first-" + run, 5));
        positions.addAll(client.record("second-" + run, 4));
        positions.addAll(client.record("third-" + run, 3));

        await().atMost(PATIENCE).until(() -> Received.taken(receiver, "all") >= positions.size());
        Received.exactlyOnceInOrder(receiver, "all", positions);
        assertThat(receiver.received("all")).allSatisfy(delivery -> {
            assertThat(delivery.event().getSubject()).endsWith(run);
            assertThat(delivery.event().getSource().toString()).isEqualTo("/agreements/" + delivery.event().getSubject());
            assertThat(delivery.signatures()).isEqualTo(1);
        });

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(client.subscription(id).path("cursor").asLong())
                .isEqualTo(positions.get(positions.size() - 1)));
        JsonNode subscription = client.subscription(id);
        assertThat(subscription.path("state").asText()).isEqualTo("ACTIVE");
        assertThat(subscription.path("consecutiveFailures").asInt()).isZero();
        assertThat(subscription.has("secret")).isFalse();

        List<JsonNode> log = client.deliveries(id);
        assertThat(log).hasSize(positions.size()).allSatisfy(attempt -> {
            assertThat(attempt.path("delivered").asBoolean()).isTrue();
            assertThat(attempt.path("statusCode").asInt()).isEqualTo(204);
            assertThat(attempt.path("attempt").asInt()).isEqualTo(1);
        });
        List<Long> newestFirst = new ArrayList<>(positions);
        Collections.reverse(newestFirst);
        assertThat(log.stream().map(attempt -> attempt.path("position").asLong()).toList())
                .containsExactlyElementsOf(newestFirst);
    }

    @Test
    void onlyTheEventsOfTheAgreementsAndTypesAskedForArrive() throws Exception {
        client.subscribe(receiver, "one-agreement", Map.of("agreementIds", List.of("alpha-" + run)));
        client.subscribe(receiver, "statements", Map.of("types", List.of("StatementRecorded")));
        client.subscribe(receiver, "proposal-of-beta", Map.of("agreementIds", List.of("beta-" + run),
                "types", List.of("example.accord.agreement.AgreementProposed.v1")));
        String lastFiltered = client.subscribe(receiver, "never", Map.of("agreementIds", List.of("gamma-" + run)));

        List<Long> alpha = client.record("alpha-" + run, 3);
        List<Long> beta = client.record("beta-" + run, 4);
        List<Long> statements = Stream.concat(alpha.stream().skip(1), beta.stream().skip(1)).toList();

        await().atMost(PATIENCE).until(() -> Received.taken(receiver, "one-agreement") >= alpha.size()
                && Received.taken(receiver, "statements") >= statements.size()
                && Received.taken(receiver, "proposal-of-beta") >= 1);
        Received.exactlyOnceInOrder(receiver, "one-agreement", alpha);
        Received.exactlyOnceInOrder(receiver, "statements", statements);
        Received.exactlyOnceInOrder(receiver, "proposal-of-beta", List.of(beta.get(0)));
        assertThat(receiver.received("statements")).allSatisfy(delivery -> assertThat(delivery.event().getType())
                .isEqualTo("example.accord.agreement.StatementRecorded.v1"));

        // A subscription whose filter lets nothing through still moves past what it skipped.
        long last = beta.get(beta.size() - 1);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(client.subscription(lastFiltered).path("cursor")
                .asLong()).isEqualTo(last));
        assertThat(receiver.received("never")).isEmpty();
        assertThat(client.subscription(lastFiltered).path("agreementIds").get(0).asText()).isEqualTo("gamma-" + run);
    }

    @Test
    void aSubscriptionAfterAnEarlierPositionGetsTheEventsSinceAndThenTheNewOnes() throws Exception {
        List<Long> before = client.record("delta-" + run, 3);

        client.subscribe(receiver, "since", Map.of("agreementIds", List.of("delta-" + run),
                "after", before.get(0)));
        List<Long> after = new ArrayList<>(client.record("epsilon-" + run, 2));
        List<Long> more = client.recordStatements("delta-" + run, 2);

        List<Long> expected = Stream.concat(before.stream().skip(1), more.stream()).toList();
        await().atMost(PATIENCE).until(() -> Received.taken(receiver, "since") >= expected.size());
        Received.exactlyOnceInOrder(receiver, "since", expected);
        assertThat(after).doesNotContainAnyElementsOf(expected);
    }
}
