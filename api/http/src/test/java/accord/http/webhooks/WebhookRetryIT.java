package accord.http.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Deliveries to receivers that fail: retries with backoff, order kept behind a failing event, the
 * pause after {@value WebhookDatabase#MAX_FAILURES} failures in a row, resuming, replaying, and the
 * delivery log that records it all.
 */
class WebhookRetryIT extends WebhookIntegrationTest {

    /** accord.webhooks.backoff-max in {@link WebhookDatabase}, and room for a busy machine. */
    private static final Duration LONGEST_BACKOFF = Duration.ofMillis(400);
    private static final Duration SLACK = Duration.ofSeconds(3);

    @Test
    void aReceiverThatIsDownForAWhileGetsEverythingInOrderWhenItIsBack() throws Exception {
        String agreement = "down-" + run;
        String id = client.subscribe(receiver, "flaky", Map.of("agreementIds", List.of(agreement)));
        receiver.goDown();

        List<Long> positions = client.record(agreement, 6);

        // Down: the port is closed. Each attempt fails to connect and is put off by the backoff.
        await().atMost(PATIENCE).until(() -> failedAttempts(id) >= 2);
        JsonNode failing = client.subscription(id);
        assertThat(failing.path("state").asText()).isEqualTo("ACTIVE");
        assertThat(failing.path("consecutiveFailures").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(failing.path("lastError").asText()).startsWith("could not connect");
        Instant lastAttempt = Instant.parse(failing.path("lastAttemptAt").asText());
        Instant nextAttempt = Instant.parse(failing.path("nextAttemptAt").asText());
        assertThat(nextAttempt).isAfterOrEqualTo(lastAttempt).isBefore(lastAttempt.plus(LONGEST_BACKOFF).plus(SLACK));

        // Back, but overloaded: the next two requests get 503, the rest are taken.
        AtomicInteger requests = new AtomicInteger();
        receiver.answer("flaky", delivery -> requests.incrementAndGet() <= 2 ? 503 : 204);
        receiver.comeBack();

        await().atMost(PATIENCE).until(() -> Received.taken(receiver, "flaky") >= positions.size());
        Received.inOrder(receiver, "flaky", positions);
        List<WebhookReceiver.Delivery> received = receiver.received("flaky");
        assertThat(received).hasSize(positions.size() + 2);
        // Nothing after the failing event was sent before it was taken: order holds.
        assertThat(received.subList(0, 3)).allSatisfy(delivery -> assertThat(delivery.position())
                .isEqualTo(positions.get(0)));
        assertThat(received.subList(0, 2)).allSatisfy(delivery -> assertThat(delivery.answeredWith()).isEqualTo(503));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(client.subscription(id).path("cursor").asLong())
                .isEqualTo(positions.get(positions.size() - 1)));
        JsonNode recovered = client.subscription(id);
        assertThat(recovered.path("consecutiveFailures").asInt()).isZero();
        assertThat(recovered.path("lastError").isNull()).isTrue();

        List<JsonNode> log = oldestFirst(client.deliveries(id));
        int failures = log.size() - positions.size();
        assertThat(failures).isGreaterThanOrEqualTo(4).isLessThan(WebhookDatabase.MAX_FAILURES);
        List<JsonNode> firstEvent = log.subList(0, failures + 1);
        for (int i = 0; i < firstEvent.size(); i++) {
            JsonNode attempt = firstEvent.get(i);
            assertThat(attempt.path("position").asLong()).isEqualTo(positions.get(0));
            assertThat(attempt.path("attempt").asInt()).isEqualTo(i + 1);
            assertThat(attempt.path("delivered").asBoolean()).isEqualTo(i == failures);
        }
        assertThat(firstEvent.subList(0, failures - 2)).allSatisfy(attempt -> {
            assertThat(attempt.path("statusCode").isNull()).isTrue();
            assertThat(attempt.path("error").asText()).startsWith("could not connect");
        });
        assertThat(firstEvent.subList(failures - 2, failures)).allSatisfy(attempt -> {
            assertThat(attempt.path("statusCode").asInt()).isEqualTo(503);
            assertThat(attempt.path("error").asText()).isEqualTo("HTTP 503");
        });
        // Backoff: no two attempts at the failing event further apart than the longest backoff allows.
        for (int i = 1; i < firstEvent.size(); i++) {
            Instant previous = Instant.parse(firstEvent.get(i - 1).path("attemptedAt").asText());
            Instant next = Instant.parse(firstEvent.get(i).path("attemptedAt").asText());
            assertThat(Duration.between(previous, next)).isLessThan(LONGEST_BACKOFF.plus(SLACK));
        }
    }

    @Test
    void pausesAfterTooManyFailuresSaysWhyAndDeliversEverythingWhenResumed() throws Exception {
        String agreement = "paused-" + run;
        String id = client.subscribe(receiver, "broken", Map.of("agreementIds", List.of(agreement)));
        receiver.answerAlways("broken", 503);

        List<Long> positions = client.record(agreement, 3);

        await().atMost(PATIENCE).until(() -> "PAUSED".equals(client.subscription(id).path("state").asText()));
        JsonNode paused = client.subscription(id);
        assertThat(paused.path("consecutiveFailures").asInt()).isEqualTo(WebhookDatabase.MAX_FAILURES);
        assertThat(paused.path("pausedReason").asText())
                .startsWith(WebhookDatabase.MAX_FAILURES + " consecutive failed attempts")
                .contains("position " + positions.get(0))
                .contains("HTTP 503");
        assertThat(paused.path("nextAttemptAt").isNull()).isTrue();
        assertThat(paused.path("cursor").asLong()).isLessThan(positions.get(0));
        List<JsonNode> log = oldestFirst(client.deliveries(id));
        assertThat(log).hasSize(WebhookDatabase.MAX_FAILURES).allSatisfy(attempt -> {
            assertThat(attempt.path("position").asLong()).isEqualTo(positions.get(0));
            assertThat(attempt.path("statusCode").asInt()).isEqualTo(503);
        });
        assertThat(log.get(log.size() - 1).path("attempt").asInt()).isEqualTo(WebhookDatabase.MAX_FAILURES);

        // Paused means nothing is sent.
        Thread.sleep(LONGEST_BACKOFF.multipliedBy(3).toMillis());
        assertThat(receiver.received("broken")).hasSize(WebhookDatabase.MAX_FAILURES);

        receiver.answerAlways("broken", 200);
        JsonNode resumed = client.post("/subscriptions/" + id + "/resume", null);
        assertThat(resumed.path("state").asText()).isEqualTo("ACTIVE");
        assertThat(resumed.path("pausedReason").isNull()).isTrue();
        assertThat(resumed.path("consecutiveFailures").asInt()).isZero();

        await().atMost(PATIENCE).until(() -> Received.taken(receiver, "broken") >= positions.size());
        Received.inOrder(receiver, "broken", positions);
        assertThat(receiver.received("broken")).hasSize(WebhookDatabase.MAX_FAILURES + positions.size());
    }

    @Test
    void aTargetThatIsGonePausesAtOnce() throws Exception {
        String agreement = "gone-" + run;
        String id = client.subscribe(receiver, "gone", Map.of("agreementIds", List.of(agreement)));
        receiver.answerAlways("gone", 410);

        List<Long> positions = client.record(agreement, 2);

        await().atMost(PATIENCE).until(() -> "PAUSED".equals(client.subscription(id).path("state").asText()));
        assertThat(client.subscription(id).path("pausedReason").asText()).startsWith("The target answered 410 Gone")
                .contains("position " + positions.get(0));
        assertThat(receiver.received("gone")).hasSize(1);
    }

    @Test
    void aPausedSubscriptionMissesNothing() throws Exception {
        String agreement = "held-" + run;
        String id = client.subscribe(receiver, "held", Map.of("agreementIds", List.of(agreement)));
        JsonNode paused = client.post("/subscriptions/" + id + "/pause", null);
        assertThat(paused.path("state").asText()).isEqualTo("PAUSED");
        assertThat(paused.path("pausedReason").asText()).isEqualTo("Paused by integrator.");

        List<Long> positions = client.record(agreement, 3);
        Thread.sleep(1000);
        assertThat(receiver.received("held")).isEmpty();

        client.post("/subscriptions/" + id + "/resume", null);
        await().atMost(PATIENCE).until(() -> Received.taken(receiver, "held") >= positions.size());
        Received.exactlyOnceInOrder(receiver, "held", positions);
    }

    @Test
    void replayDeliversAgainFromThePositionAskedAndSkipsForward() throws Exception {
        String agreement = "replayed-" + run;
        String id = client.subscribe(receiver, "replayed", Map.of("agreementIds", List.of(agreement)));
        List<Long> positions = client.record(agreement, 4);
        await().atMost(PATIENCE).until(() -> Received.taken(receiver, "replayed") >= positions.size());

        JsonNode replayed = client.post("/subscriptions/" + id + "/replay", Map.of("after", positions.get(1)));
        assertThat(replayed.path("cursor").asLong()).isEqualTo(positions.get(1));
        await().atMost(PATIENCE).until(() -> receiver.received("replayed").size() >= positions.size() + 2);

        List<Long> arrivals = receiver.received("replayed").stream().map(WebhookReceiver.Delivery::position).toList();
        assertThat(arrivals).containsExactlyElementsOf(Stream.concat(positions.stream(),
                positions.subList(2, 4).stream()).toList());
        assertThat(receiver.received("replayed")).allSatisfy(delivery -> assertThat(delivery.verification()).isNull());

        // From the very beginning of the ledger: the filter keeps only this agreement's events.
        client.post("/subscriptions/" + id + "/replay", Map.of("after", -1));
        await().atMost(PATIENCE).until(() -> receiver.received("replayed").size() >= 2 * positions.size() + 2);
        assertThat(receiver.received("replayed").subList(positions.size() + 2, 2 * positions.size() + 2))
                .extracting(WebhookReceiver.Delivery::position).containsExactlyElementsOf(positions);

        // Forward: what lies before the new cursor is skipped (paused meanwhile, so nothing goes early).
        client.post("/subscriptions/" + id + "/pause", null);
        List<Long> more = client.recordStatements(agreement, 3);
        // Counted before the replay: once it answers, the delivery may already have arrived.
        int before = receiver.received("replayed").size();
        JsonNode skipped = client.post("/subscriptions/" + id + "/replay", Map.of("after", more.get(1)));
        assertThat(skipped.path("state").asText()).isEqualTo("ACTIVE");
        await().atMost(PATIENCE).until(() -> receiver.received("replayed").size() > before);
        Thread.sleep(500);
        assertThat(receiver.received("replayed").subList(before, receiver.received("replayed").size()))
                .extracting(WebhookReceiver.Delivery::position).containsExactly(more.get(2));
    }

    @Test
    void replayRefusesAPositionTheLedgerDoesNotHave() throws Exception {
        String id = client.subscribe(receiver, "nowhere", Map.of("agreementIds", List.of("nowhere-" + run)));

        HttpResponse<String> answer = client.service().post(TestUsers.INTEGRATOR, "/subscriptions/" + id + "/replay",
                Map.of("after", Long.MAX_VALUE / 2));

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode problem = client.read(answer);
        assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("after");
        assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("OUT_OF_RANGE");
        assertThat(client.service().post(TestUsers.INTEGRATOR, "/subscriptions/" + id + "/replay",
                Map.of("after", -2)).statusCode()).isEqualTo(400);
        assertThat(client.service().post(TestUsers.INTEGRATOR, "/subscriptions/" + id + "/replay",
                Map.of()).statusCode()).isEqualTo(400);
    }

    @Test
    void theDeliveryLogKeepsTheNewestAttemptsNewestFirstInPages() throws Exception {
        String agreement = "logged-" + run;
        String id = client.subscribe(receiver, "logged", Map.of("agreementIds", List.of(agreement)));
        List<Long> positions = client.record(agreement, 5);
        int rounds = WebhookDatabase.DELIVERY_LOG_SIZE / positions.size() + 2;
        for (int round = 1; round <= rounds; round++) {
            int expected = round * positions.size();
            await().atMost(PATIENCE).until(() -> receiver.received("logged").size() >= expected);
            if (round < rounds) {
                client.post("/subscriptions/" + id + "/replay", Map.of("after", -1));
            }
        }
        assertThat(receiver.received("logged")).hasSize(rounds * positions.size());

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(client.deliveries(id))
                .hasSize(WebhookDatabase.DELIVERY_LOG_SIZE));
        List<JsonNode> log = client.deliveries(id);
        List<Long> ids = log.stream().map(attempt -> attempt.path("id").asLong()).toList();
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(log.get(0).path("position").asLong()).isEqualTo(positions.get(positions.size() - 1));

        List<Long> paged = new ArrayList<>();
        String path = "/subscriptions/" + id + "/deliveries?limit=15";
        JsonNode page = client.ok(client.service().get(TestUsers.INTEGRATOR, path));
        while (true) {
            page.path("deliveries").forEach(attempt -> paged.add(attempt.path("id").asLong()));
            if (page.path("next").isNull()) {
                break;
            }
            page = client.ok(client.service().get(TestUsers.INTEGRATOR, path + "&before=" + page.path("next").asLong()));
        }
        assertThat(paged).containsExactlyElementsOf(ids);
    }

    private long failedAttempts(String id) throws Exception {
        return client.deliveries(id).stream().filter(attempt -> !attempt.path("delivered").asBoolean()).count();
    }

    private static List<JsonNode> oldestFirst(List<JsonNode> newestFirst) {
        List<JsonNode> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
