package accord.http.reliability;

import static accord.http.reliability.Reliability.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import accord.http.reliability.Reliability.StoredEvent;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.ServiceNode;
import accord.http.testsupport.TestDatabase;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, scope 1: six clerks write through the packaged service, run as its own process, while it
 * is killed with {@code SIGKILL} three times at random moments and started again. Each client
 * retries a request whose answer it lost with the same {@code Idempotency-Key} until it gets one.
 * Afterwards every 2xx is in the event store at its version with one leaf at its position, the
 * ledger is gap-free and passes its self-audit, no command is half recorded, the projections show
 * every 2xx, and an SSE client and a webhook receiver, both following across the kills, got every
 * event, any duplicate carrying the same id.
 */
class CrashSafetyIT {

    private static final int CLIENTS = 6;
    private static final int SHARED_AGREEMENTS = 4;
    private static final int KILLS = 3;

    /** A command's final answer, as the client saw it. */
    record Outcome(String key, String action, String agreementId, String marker, int status, String code,
                   long version, long position, boolean replayed, int lostAnswers) {

        boolean recorded() {
            return status == 200 || status == 201;
        }
    }

    @Test
    void everyAnsweredCommandSurvivesSigkillsWithItsLeavesProjectionsAndDeliveries() throws Exception {
        long began = System.nanoTime();
        String database = TestDatabase.get().createSibling("crash");
        String run = Long.toString(System.nanoTime(), 36);
        Random random = new Random();
        Map<String, String> settings = Map.of(
                // A key claimed by a killed node frees after this; the suite does not wait the default minute.
                "accord.idempotency.claim-timeout", "5s",
                // A webhook lease held by a killed node lapses after 3 x timeout.
                "accord.webhooks.timeout", "2s",
                "accord.webhooks.lease", "6s");
        try (ServiceNode node = ServiceNode.on("crash", database, settings);
             WebhookSink hooks = new WebhookSink()) {
            node.start();
            ServiceClient client = node.client(JSON);
            JsonNode subscription = JSON.readTree(expect(201, client.post(TestUsers.INTEGRATOR, "/subscriptions",
                    Map.of("url", hooks.url(), "after", -1))).body());
            hooks.trust(subscription.path("secret").asText());
            List<String> shared = new ArrayList<>();
            for (int i = 0; i < SHARED_AGREEMENTS; i++) {
                String id = "crash-" + run + "-shared-" + i;
                expect(201, client.post(TestUsers.CLERK, "/agreements/" + id + "/sign-mou",
                        Reliability.signMoU("Shared " + i)));
                shared.add(id);
            }

            ConcurrentLinkedQueue<Outcome> journal = new ConcurrentLinkedQueue<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            List<Integer> exits = new ArrayList<>();
            List<Integer> answeredBeforeKill = new ArrayList<>();
            long events;
            try (StreamWatcher stream = new StreamWatcher(node.base())) {
                ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int clientNumber = c;
                    clients.add(pool.submit(() -> {
                        Random own = new Random(random.nextLong());
                        int n = 0;
                        while (writing.get()) {
                            String key = "k" + run + "-" + clientNumber + "-" + n++;
                            if (own.nextInt(4) == 0) {
                                String id = "crash-" + run + "-" + clientNumber + "-" + n;
                                Outcome signed = send(client, key + "-mou", "sign-mou", id, "[" + key + "-mou]",
                                        Reliability.signMoU("MoU [" + key + "-mou]"));
                                journal.add(signed);
                                if (signed.recorded() || "ALREADY_SIGNED".equals(signed.code())) {
                                    journal.add(send(client, key + "-site", "announce-site", id, "[" + key + "-site]",
                                            Reliability.site("[" + key + "-site]")));
                                }
                            } else {
                                String id = shared.get(own.nextInt(shared.size()));
                                journal.add(send(client, key, "record-statement", id, "[" + key + "]",
                                        Reliability.statement("[" + key + "]")));
                            }
                            answered.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (int kill = 0; kill < KILLS; kill++) {
                    int before = answered.get();
                    long pauseMillis = 1500 + random.nextInt(2500);
                    // Clients write for a random while: this wait is the workload's length, not a synchronisation.
                    TimeUnit.MILLISECONDS.sleep(pauseMillis);
                    answeredBeforeKill.add(answered.get() - before);
                    exits.add(node.kill());
                    node.start();
                }
                int afterLast = answered.get();
                await("clients answered after the last restart").atMost(Duration.ofSeconds(60))
                        .until(() -> answered.get() >= afterLast + 30);
                writing.set(false);
                for (Future<?> one : clients) {
                    one.get(3, TimeUnit.MINUTES);
                }
                pool.shutdown();

                try (Connection db = Reliability.connect(database)) {
                    events = Reliability.assertGapFreeLedger(db);
                    Map<Long, String> leaves = Reliability.leaves(db);
                    List<Outcome> outcomes = List.copyOf(journal);
                    List<Outcome> twice = checkEveryAnswerIsRecorded(db, outcomes);
                    await("the stream reached position " + (events - 1)).atMost(Duration.ofSeconds(60))
                            .until(() -> stream.highest() >= events - 1);
                    await("the webhook receiver got every event").atMost(Duration.ofSeconds(90))
                            .until(() -> hooks.deliveries().stream().map(WebhookSink.Delivery::position)
                                    .collect(Collectors.toSet()).size() >= events);
                    int streamDuplicates = checkStream(stream.messages(), leaves);
                    int hookDuplicates = checkWebhooks(hooks.deliveries(), leaves);
                    checkProjections(client, db);
                    JsonNode audit = Reliability.assertAuditPasses(client, events);

                    long recorded = outcomes.stream().filter(Outcome::recorded).count();
                    long lost = outcomes.stream().mapToInt(Outcome::lostAnswers).sum();
                    long replayed = outcomes.stream().filter(Outcome::replayed).count();
                    long replayedAfterLoss = outcomes.stream().filter(o -> o.replayed() && o.lostAnswers() > 0).count();
                    System.out.printf("CrashSafetyIT: %d SIGKILLs (exit codes %s; answers between kills %s),"
                                    + " %d commands, %d answered 2xx (%d replayed by key, %d of them after an answer lost to a kill), %d answers lost to a kill and"
                                    + " retried, %d events at positions 0..%d, audit %s; stream: %d messages, %d"
                                    + " duplicates with equal ids, %d reconnections; webhooks: %d deliveries, %d"
                                    + " duplicates with equal webhook-id; %.1f s%n",
                            exits.size(), exits, answeredBeforeKill, outcomes.size(), recorded, replayed, replayedAfterLoss, lost, events,
                            events - 1, audit.path("passed").asBoolean() ? "passed" : "failed",
                            stream.messages().size(), streamDuplicates, stream.faults(), hooks.deliveries().size(),
                            hookDuplicates, (System.nanoTime() - began) / 1e9);
                    System.out.printf("CrashSafetyIT: commands recorded twice: %d %s%n", twice.size(), twice);
                    // A command recorded twice: the key's answer was once stored in a transaction of its own after the
                    // command's, so a kill between the two let the retry, once the claim lapsed, record it again
                    // (IdempotentCommit now writes the outcome in the command's transaction).
                    assertThat(twice).as("commands recorded twice").isEmpty();
                }
            }
            assertThat(exits).as("every kill was a SIGKILL").hasSize(KILLS).containsOnly(ServiceNode.KILLED);
        }
    }

    /** Sends until an answer comes that is not "try again"; an answer lost to a kill is retried with the same key. */
    private static Outcome send(ServiceClient client, String key, String action, String agreementId, String marker,
                                Map<String, Object> body) throws Exception {
        int lost = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            assertThat(System.nanoTime()).as("an answer to %s within 2 minutes", key).isLessThan(deadline);
            HttpResponse<String> answer;
            try {
                answer = client.post(TestUsers.CLERK, "/agreements/" + agreementId + "/" + action, body,
                        Map.of("Idempotency-Key", key));
            } catch (IOException killedOrDown) {
                lost++;
                TimeUnit.MILLISECONDS.sleep(200);
                continue;
            }
            int status = answer.statusCode();
            JsonNode json = answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body());
            String code = json.path("code").asText(null);
            if (status == 200 || status == 201) {
                return new Outcome(key, action, agreementId, marker, status, null, json.path("version").asLong(),
                        json.path("position").asLong(), answer.headers().firstValue("Idempotency-Replayed").isPresent(),
                        lost);
            }
            if (status >= 500 || (status == 409 && ("IDEMPOTENCY_KEY_IN_USE".equals(code)
                    || "CONCURRENT_MODIFICATION".equals(code)))) {
                TimeUnit.MILLISECONDS.sleep(200);
                continue;
            }
            return new Outcome(key, action, agreementId, marker, status, code, -1, -1, false, lost);
        }
    }

    /**
     * Every 2xx is stored at its version with its leaf at its position; each command is in the store
     * once (a retried key never records again, unless the known idempotency risk struck, which is
     * reported); commands recording two events have both, adjacent; versions have no gaps.
     */
    private static List<Outcome> checkEveryAnswerIsRecorded(Connection db, List<Outcome> outcomes) throws Exception {
        List<StoredEvent> stored = Reliability.storedEvents(db);
        Map<String, StoredEvent> byVersion = new HashMap<>();
        Map<String, List<StoredEvent>> byAgreement = new LinkedHashMap<>();
        for (StoredEvent event : stored) {
            byVersion.put(event.agreementId() + "@" + event.version(), event);
            byAgreement.computeIfAbsent(event.agreementId(), id -> new ArrayList<>()).add(event);
        }
        for (Outcome outcome : outcomes) {
            if (outcome.recorded()) {
                StoredEvent event = byVersion.get(outcome.agreementId() + "@" + outcome.version());
                assertThat(event).as("the event of 2xx %s", outcome).isNotNull();
                assertThat(event.position()).as("the leaf of 2xx %s", outcome).isEqualTo(outcome.position());
            } else {
                // A retry of a command that committed before the kill gets its receipt, never a refusal of itself.
                assertThat(outcome).as("every command is answered 2xx in the end").matches(Outcome::recorded);
            }
        }
        for (List<StoredEvent> events : byAgreement.values()) {
            for (int i = 0; i < events.size(); i++) {
                StoredEvent event = events.get(i);
                assertThat(event.version()).as("versions without a gap: %s", event).isEqualTo(i);
                if (event.type().equals("SiteAnnounced")) {
                    assertThat(i + 1 < events.size() && events.get(i + 1).type().equals("ImplementationStarted"))
                            .as("a site announcement is followed by ImplementationStarted: %s", events).isTrue();
                }
                if (event.type().equals("ImplementationStarted")) {
                    assertThat(events.get(i - 1).type()).as("ImplementationStarted follows its site").isEqualTo(
                            "SiteAnnounced");
                }
            }
        }
        Map<String, Integer> markers = new HashMap<>();
        try (PreparedStatement statement = db.prepareStatement(
                "select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier like 'crash-%'");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                String payload = result.getString(1);
                int at = payload.indexOf("[k");
                while (at >= 0) {
                    int end = payload.indexOf(']', at);
                    markers.merge(payload.substring(at, end + 1), 1, Integer::sum);
                    at = payload.indexOf("[k", end);
                }
            }
        }
        List<Outcome> twice = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            // Each event carries its marker twice: in its text (title, name) and in its source's title.
            int copies = markers.getOrDefault(outcome.marker(), 0) / 2;
            if (outcome.recorded() || outcome.lostAnswers() > 0) {
                assertThat(copies).as("events of %s", outcome).isLessThanOrEqualTo(2);
                assertThat(copies).as("events of %s", outcome).isGreaterThanOrEqualTo(outcome.recorded() ? 1 : 0);
            }
            if (copies > 1) {
                twice.add(outcome);
            }
        }
        Set<String> sent = outcomes.stream().map(Outcome::marker).collect(Collectors.toSet());
        assertThat(new HashSet<>(markers.keySet())).as("no event the clients did not send").isSubsetOf(sent);
        return twice;
    }

    /** The stream delivered every position once (or again with the same id), each the event at its leaf. */
    private static int checkStream(List<StreamWatcher.Message> messages, Map<Long, String> leaves) {
        Map<Long, String> seen = new HashMap<>();
        int duplicates = 0;
        long previous = -1;
        for (StreamWatcher.Message message : messages) {
            assertThat(message.sseId()).isEqualTo(Long.toString(message.position()));
            assertThat(message.eventId()).as("the event at position %d", message.position())
                    .isEqualTo(leaves.get(message.position()));
            if (seen.putIfAbsent(message.position(), message.eventId()) != null) {
                duplicates++;
            } else {
                assertThat(message.position()).as("a new position follows the last one").isEqualTo(previous + 1);
                previous = message.position();
            }
        }
        assertThat(seen.keySet()).as("every position on the stream").containsExactlyInAnyOrderElementsOf(leaves.keySet());
        return duplicates;
    }

    /** The receiver got every event, verified, duplicates only with the same {@code webhook-id}. */
    private static int checkWebhooks(List<WebhookSink.Delivery> deliveries, Map<Long, String> leaves) {
        Map<Long, String> seen = new HashMap<>();
        int duplicates = 0;
        for (WebhookSink.Delivery delivery : deliveries) {
            assertThat(delivery.failure()).as("delivery %s verified", delivery).isNull();
            assertThat(delivery.webhookId()).isEqualTo(delivery.eventId());
            assertThat(delivery.eventId()).isEqualTo(leaves.get(delivery.position()));
            if (seen.putIfAbsent(delivery.position(), delivery.eventId()) != null) {
                duplicates++;
            }
        }
        assertThat(seen.keySet()).as("every position delivered").containsExactlyInAnyOrderElementsOf(leaves.keySet());
        return duplicates;
    }

    /** Each agreement's state and history on the read side: at its last version, every event with its position. */
    private static void checkProjections(ServiceClient client, Connection db) throws Exception {
        Map<String, List<StoredEvent>> byAgreement = Reliability.storedEvents(db).stream()
                .collect(Collectors.groupingBy(StoredEvent::agreementId, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<StoredEvent>> agreement : byAgreement.entrySet()) {
            List<StoredEvent> events = agreement.getValue();
            long last = events.get(events.size() - 1).version();
            HttpResponse<String> state = client.get(TestUsers.AUDITOR,
                    "/agreements/" + agreement.getKey() + "?minVersion=" + last);
            assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
            assertThat(state.headers().firstValue("ETag")).hasValue("\"" + last + "\"");
            Map<Long, Long> history = new HashMap<>();
            long after = -1;
            while (true) {
                HttpResponse<String> page = client.get(TestUsers.AUDITOR, "/agreements/" + agreement.getKey()
                        + "/history?limit=1000" + (after >= 0 ? "&after=" + after : ""));
                assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
                JsonNode body = JSON.readTree(page.body());
                body.path("entries").forEach(entry -> assertThat(history.put(entry.path("version").asLong(),
                        entry.path("position").asLong())).as("one history entry per version").isNull());
                if (body.path("next").isNull() || body.path("next").isMissingNode()) {
                    break;
                }
                after = body.path("next").asLong();
            }
            Map<Long, Long> expected = events.stream().collect(Collectors.toMap(StoredEvent::version,
                    StoredEvent::position));
            assertThat(history).as("the history of %s", agreement.getKey()).isEqualTo(expected);
        }
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return answer;
    }
}
