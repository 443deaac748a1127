package accord.http.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import accord.http.feed.EventsController;
import accord.http.reliability.OutageLoad.Exchange;
import accord.http.reliability.OutageLoad.Kind;
import accord.http.testsupport.AccordContexts;
import accord.http.testsupport.DatabaseProxy;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestDatabase;
import accord.http.testsupport.TestLedger;
import accord.http.testsupport.TestUsers;
import accord.messages.ledger.Checkpoint;
import accord.messages.ledger.SignedNote;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.launchdarkly.eventsource.ConnectStrategy;
import com.launchdarkly.eventsource.ErrorStrategy;
import com.launchdarkly.eventsource.EventSource;
import com.launchdarkly.eventsource.MessageEvent;
import com.launchdarkly.eventsource.RetryDelayStrategy;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 8, scope 3: PostgreSQL stops while the service is under load, then starts again.
 *
 * <p>The service runs in this JVM on a database of its own, reached through a {@link DatabaseProxy}:
 * stopping the proxy is, to the service, PostgreSQL stopping (every connection cut, new ones refused),
 * while every other test keeps the shared server. Three clerks send commands (each with its own
 * Idempotency-Key), a reader reads an agreement and event pages, an SSE client follows
 * {@code /events/stream}, a webhook subscription delivers to a loopback receiver and the Kafka
 * publisher publishes to an in-process broker. The database is
 * away for {@link #OUTAGE}; health is probed once during it.
 *
 * <p>During the outage every command and read is answered 503 {@code DATABASE_UNAVAILABLE} with
 * {@code Retry-After}, never 500, within {@link #FAIL_FAST}; health is DOWN with {@code db} DOWN.
 * After it, without a restart: health is UP again, commands succeed, every command answered 2xx has
 * exactly one event at the position its receipt gave, no command answered NOT_RECORDED was recorded
 * by it (its retry with the same Idempotency-Key records it once), none of UNKNOWN outcome twice, the
 * ledger has no gap, the projections, the stream, the webhook and the topic have every event, a new checkpoint
 * covers the new events and the self-audit passes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

    /** How long PostgreSQL is away. */
    private static final Duration OUTAGE = Duration.ofSeconds(12);
    /** The longest a request may take while the database is away (HikariCP's connection-timeout is 3 s). */
    private static final Duration FAIL_FAST = Duration.ofSeconds(8);
    /**
     * The longest a health probe may take while the database is away: the first of its database checks
     * waits HikariCP's connection-timeout (3 s), the others ({@code DatabaseReachability}) do not wait.
     */
    private static final Duration HEALTH_DURING_OUTAGE = Duration.ofSeconds(8);
    /** How soon after PostgreSQL is back health must be UP again. */
    private static final Duration RECOVERY = Duration.ofSeconds(45);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String run = "outage-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private DatabaseProxy proxy;
    private ConfigurableApplicationContext node;
    private ServiceClient service;
    private WebhookSink receiver;
    private OutageKafka kafka;

    @BeforeAll
    void startTheService() throws Exception {
        kafka = new OutageKafka();
        String databaseUrl = TestDatabase.get().createSibling("outage");
        proxy = new DatabaseProxy(databaseUrl);
        Map<String, Object> properties = new LinkedHashMap<>(TestDatabase.get().properties());
        properties.put("spring.datasource.url", proxy.through(databaseUrl));
        properties.putAll(TestUsers.properties());
        properties.putAll(TestLedger.properties());
        properties.put("accord.feed.retry", "250ms");
        properties.put("accord.webhooks.allow-private-targets", "true");
        properties.put("accord.webhooks.backoff-base", "200ms");
        properties.put("accord.webhooks.backoff-max", "1s");
        // A key the outage kept from being released lapses soon, so the retries below need not wait a minute.
        properties.put("accord.idempotency.claim-timeout", "3s");
        properties.putAll(kafka.serviceProperties(topic()));
        node = AccordContexts.start(properties);
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        service = new ServiceClient(port, JSON);
        receiver = new WebhookSink();
    }

    @AfterAll
    void stopTheService() throws Exception {
        if (proxy != null) {
            proxy.start();
        }
        if (node != null) {
            node.close();
        }
        if (receiver != null) {
            receiver.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private String topic() {
        return "accord." + run;
    }

    @Test
    void theServiceAnswers503WhileTheDatabaseIsAwayAndRecoversWithoutARestart() throws Exception {
        long start = ledgerSize();
        HttpResponse<String> subscribed = service.post(TestUsers.INTEGRATOR, "/subscriptions",
                Map.of("url", receiver.url(), "after", start - 1));
        assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
        receiver.trust(JSON.readTree(subscribed.body()).path("secret").asText());
        List<Long> streamed = new CopyOnWriteArrayList<>();
        try (OutageLoad load = new OutageLoad(service, JSON, run);
             EventSource stream = streamFrom(start - 1)) {
            CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
                for (MessageEvent message : stream.messages()) {
                    streamed.add(parse(message.getData()).path("position").asLong());
                }
            });
            load.start(3);
            await().atMost(Duration.ofSeconds(30)).until(() -> successes(load.exchanges()) >= 10);
            long sizeBeforeTheOutage = ledgerSize();

            proxy.stop();
            long stoppedAt = System.nanoTime();
            HttpResponse<String> health = service.send(service.to("/actuator/health").timeout(OutageLoad.REQUEST_TIMEOUT)
                    .header("Authorization", ServiceClient.basic(TestUsers.ADMIN)).GET(), null);
            Duration healthTook = Duration.ofNanos(System.nanoTime() - stoppedAt);
            long rest = OUTAGE.toNanos() - (System.nanoTime() - stoppedAt);
            if (rest > 0) {
                TimeUnit.NANOSECONDS.sleep(rest); // the rest of the outage itself: nothing to wait for
            }
            long restartedAt = System.nanoTime();
            proxy.start();

            long healthyAt = awaitHealthUp(restartedAt);
            await().atMost(RECOVERY).until(() -> load.exchanges().stream().anyMatch(e -> e.kind() == Kind.COMMAND
                    && e.sentNanos() > restartedAt && e.status() / 100 == 2));
            long recordingAt = load.exchanges().stream().filter(e -> e.kind() == Kind.COMMAND
                    && e.sentNanos() > restartedAt && e.status() / 100 == 2)
                    .mapToLong(Exchange::answeredNanos).min().orElseThrow();
            // More load after the recovery, then quiet.
            int successesAfter = successes(load.exchanges());
            await().atMost(Duration.ofSeconds(30)).until(() -> successes(load.exchanges()) >= successesAfter + 20);
            load.stop();

            // A command answered NOT_RECORDED, retried with its Idempotency-Key once the database is back, is
            // recorded (after the key's claim lapses, if the outage kept it from being released).
            Map<String, Exchange> retried = new LinkedHashMap<>();
            for (Exchange refused : load.exchanges()) {
                if (refused.kind() == Kind.COMMAND && refused.status() == 503
                        && "NOT_RECORDED".equals(refused.answer().path("outcome").asText())) {
                    Exchange retry = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                            .until(() -> load.retry(refused), answer -> !"IDEMPOTENCY_KEY_IN_USE".equals(answer.code()));
                    assertThat(retry.status()).as("the retry of %s: %s", refused.marker(), retry.answer()).isIn(200, 201);
                    retried.put(refused.marker(), retry);
                }
            }
            assertThat(retried).as("commands answered NOT_RECORDED, retried").isNotEmpty();

            List<Exchange> all = load.exchanges();
            List<Exchange> duringCommands = load.within(Kind.COMMAND, stoppedAt, restartedAt);
            List<Exchange> duringReads = load.within(Kind.READ, stoppedAt, restartedAt);
            printFigures(all, duringCommands, duringReads, stoppedAt, restartedAt, healthyAt, recordingAt);
            System.out.printf("[outage] health during the outage: %d %s, db %s, answered in %d ms%n",
                    health.statusCode(), JSON.readTree(health.body()).path("status").asText(),
                    JSON.readTree(health.body()).path("components").path("db").path("status").asText(),
                    healthTook.toMillis());

            // Never a 500, never a hang: every answer is a success, a refusal of the domain or the 503.
            for (Exchange exchange : all) {
                assertThat(exchange.failure()).as("%s %s", exchange.method(), exchange.path()).isNull();
                assertThat(exchange.status()).as("%s %s: %s", exchange.method(), exchange.path(), exchange.answer())
                        .isIn(200, 201, 503);
                if (exchange.status() == 503) {
                    assertUnavailable(exchange);
                }
            }
            // While the database was away: 503 DATABASE_UNAVAILABLE with Retry-After, fast.
            assertThat(duringCommands).as("commands sent and answered during the outage").hasSizeGreaterThanOrEqualTo(3);
            assertThat(duringReads).as("reads sent and answered during the outage").hasSizeGreaterThanOrEqualTo(2);
            for (Exchange exchange : concat(duringCommands, duringReads)) {
                assertThat(exchange.status()).as("%s %s: %s", exchange.method(), exchange.path(), exchange.answer())
                        .isEqualTo(503);
                assertThat(exchange.took()).as("%s %s", exchange.method(), exchange.path()).isLessThan(FAIL_FAST);
            }
            assertThat(health.statusCode()).as("health during the outage: %s", health.body()).isEqualTo(503);
            JsonNode down = JSON.readTree(health.body());
            assertThat(down.path("status").asText()).isEqualTo("DOWN");
            assertThat(down.path("components").path("db").path("status").asText()).isEqualTo("DOWN");
            assertThat(healthTook).as("health answered during the outage").isLessThan(HEALTH_DURING_OUTAGE);
            assertThat(Duration.ofNanos(healthyAt - restartedAt)).as("health UP again after PostgreSQL is back")
                    .isLessThan(RECOVERY);

            // Nothing lost: every command answered 2xx is in the ledger once, where its receipt says.
            long end = ledgerSize();
            assertThat(end).as("events recorded after the outage").isGreaterThan(sizeBeforeTheOutage);
            Map<Long, JsonNode> ledger = eventsFrom(0, end);
            assertThat(ledger.keySet()).as("positions 0..%d with no gap", end - 1)
                    .containsExactlyElementsOf(LongStream.range(0, end).boxed().toList());
            Map<String, List<JsonNode>> byMarker = ledger.values().stream()
                    .collect(Collectors.groupingBy(DatabaseOutageIT::markerOf));
            int unknownRecorded = 0;
            int unknownNotRecorded = 0;
            for (Exchange command : all.stream().filter(e -> e.kind() == Kind.COMMAND).toList()) {
                List<JsonNode> events = byMarker.getOrDefault(command.marker(), List.of());
                if (command.status() / 100 == 2) {
                    assertThat(events).as("the event of %s", command.marker()).hasSize(1);
                    JsonNode event = events.get(0);
                    assertThat(event.path("position").asLong()).isEqualTo(command.answer().path("position").asLong());
                    assertThat(event.path("subject").asText()).isEqualTo(command.answer().path("agreementId").asText());
                    assertThat(event.path("agreementversion").asLong())
                            .isEqualTo(command.answer().path("version").asLong());
                } else if ("NOT_RECORDED".equals(command.answer().path("outcome").asText())) {
                    assertThat(events).as("a command answered NOT_RECORDED, then retried: %s", command.marker())
                            .hasSize(1);
                    assertThat(events.get(0).path("position").asLong()).as("recorded by its retry")
                            .isEqualTo(retried.get(command.marker()).answer().path("position").asLong());
                } else {
                    assertThat(events).as("a command of unknown outcome: %s", command.marker()).hasSizeLessThanOrEqualTo(1);
                    if (events.isEmpty()) {
                        unknownNotRecorded++;
                    } else {
                        unknownRecorded++;
                    }
                }
            }
            System.out.printf("[outage] commands of UNKNOWN outcome: %d recorded, %d not%n", unknownRecorded,
                    unknownNotRecorded);

            // The projections caught up with every event, without a restart.
            Map<String, Long> newest = ledger.values().stream().filter(e -> e.path("subject").asText().startsWith(run))
                    .collect(Collectors.toMap(e -> e.path("subject").asText(), e -> e.path("agreementversion").asLong(),
                            Math::max));
            for (Map.Entry<String, Long> agreement : newest.entrySet()) {
                HttpResponse<String> state = service.get(TestUsers.AUDITOR,
                        "/agreements/" + agreement.getKey() + "?minVersion=" + agreement.getValue());
                assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
                assertThat(JSON.readTree(state.body()).path("version").asLong()).as(agreement.getKey())
                        .isEqualTo(agreement.getValue());
            }
            JsonNode processors = service.admin("/admin/processors");
            assertThat(processors.size()).isPositive();
            for (JsonNode processor : processors) {
                assertThat(processor.path("deadLetters").path("letters").asLong()).as(processor.toString()).isZero();
            }

            // The stream and the webhook resumed: every event once, in order.
            List<Long> expected = LongStream.range(start, end).boxed().toList();
            await().atMost(Duration.ofSeconds(60)).until(() -> streamed.size() >= expected.size());
            assertThat(streamed).as("positions streamed").containsExactlyElementsOf(expected);
            await().atMost(Duration.ofSeconds(60)).until(() -> firstReceipts().size() >= expected.size());
            assertThat(new ArrayList<>(firstReceipts().values())).as("positions delivered by the webhook")
                    .containsExactlyElementsOf(expected);
            for (WebhookSink.Delivery delivery : receiver.deliveries()) {
                assertThat(delivery.position()).as("a redelivery of %s", delivery.webhookId())
                        .isEqualTo(firstReceipts().get(delivery.webhookId()));
            }
            stream.close();
            reading.get(10, TimeUnit.SECONDS);
            // The Kafka publisher resumed: every position exactly once on the topic (per partition in order).
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> kafka.positions(topic()).size() >= end);
            List<Long> published = kafka.positions(topic());
            assertThat(published.stream().sorted().toList()).as("positions published to Kafka")
                    .containsExactlyElementsOf(LongStream.range(0, end).boxed().toList());

            // The checkpoint signer went on: a checkpoint covers the new events, and the self-audit passes.
            await().atMost(Duration.ofSeconds(30)).until(() -> checkpointSize() >= end);
            HttpResponse<String> audit = service.post(TestUsers.ADMIN, "/admin/ledger/audit", null);
            assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
            JsonNode report = JSON.readTree(audit.body());
            assertThat(report.path("passed").asBoolean()).as(audit.body()).isTrue();
            assertThat(report.path("leavesChecked").asLong()).isEqualTo(end);
        }
    }

    private static void assertUnavailable(Exchange exchange) {
        String what = exchange.method() + " " + exchange.path() + ": " + exchange.answer();
        assertThat(exchange.contentType()).as(what).startsWith("application/problem+json");
        assertThat(exchange.code()).as(what).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(exchange.answer().path("status").asInt()).as(what).isEqualTo(503);
        assertThat(exchange.retryAfter()).as(what).isNotNull().matches("[1-9][0-9]*");
        if (exchange.kind() == Kind.COMMAND) {
            assertThat(exchange.answer().path("outcome").asText()).as(what).isIn("NOT_RECORDED", "UNKNOWN");
        }
    }

    private void printFigures(List<Exchange> all, List<Exchange> commands, List<Exchange> reads, long stoppedAt, long restartedAt, long healthyAt, long recordingAt) {
        Function<List<Exchange>, String> statuses = exchanges -> new TreeMap<>(exchanges.stream().collect(
                Collectors.groupingBy(e -> e.status() + (e.code() == null ? "" : " " + e.code())
                        + (e.answer() != null && e.answer().has("outcome") ? " " + e.answer().path("outcome").asText() : ""),
                        Collectors.counting()))).toString();
        List<Exchange> during = concat(commands, reads);
        System.out.printf("[outage] database away %.1f s; %d exchanges in all%n", (restartedAt - stoppedAt) / 1e9, all.size());
        System.out.printf("[outage] commands during the outage by answer: %s%n", statuses.apply(commands));
        System.out.printf("[outage] reads during the outage by answer: %s%n", statuses.apply(reads));
        System.out.printf("[outage] time to fail a request during the outage: median %d ms, max %d ms%n",
                percentile(during, 50), percentile(during, 100));
        System.out.printf("[outage] every answer, whole run: %s%n", statuses.apply(all));
        System.out.printf("[outage] after PostgreSQL is back: health UP in %.1f s, first command recorded in %.1f s%n",
                (healthyAt - restartedAt) / 1e9, (recordingAt - restartedAt) / 1e9);
    }

    private static long percentile(List<Exchange> exchanges, int percent) {
        List<Long> millis = exchanges.stream().map(e -> e.took().toMillis()).sorted().toList();
        if (millis.isEmpty()) {
            return -1;
        }
        return millis.get(Math.min(millis.size() - 1, (int) Math.ceil(percent / 100.0 * millis.size()) - 1 < 0
                ? 0 : (int) Math.ceil(percent / 100.0 * millis.size()) - 1));
    }

    private long awaitHealthUp(long since) throws Exception {
        try {
            await().atMost(RECOVERY).pollInterval(Duration.ofMillis(200))
                    .until(() -> service.get(TestUsers.ADMIN, "/actuator/health").statusCode() == 200);
            return System.nanoTime();
        } catch (org.awaitility.core.ConditionTimeoutException stillDown) {
            // Say why, for whoever meets this: what health reports, and where the processors' threads are.
            System.out.println("[outage] health still DOWN: " + service.get(TestUsers.ADMIN, "/actuator/health").body());
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                if (thread.getName().contains("agreement-") || thread.getName().contains("EventStore")) {
                    System.out.println("[outage] thread " + thread.getName() + " " + thread.getState());
                    for (StackTraceElement frame : stack) {
                        System.out.println("[outage]     at " + frame);
                    }
                }
            });
            throw stillDown;
        }
    }

    private static int successes(List<Exchange> exchanges) {
        return (int) exchanges.stream().filter(e -> e.kind() == Kind.COMMAND && e.status() / 100 == 2).count();
    }

    private static List<Exchange> concat(List<Exchange> one, List<Exchange> other) {
        List<Exchange> both = new ArrayList<>(one);
        both.addAll(other);
        return both;
    }

    /** @return what the load put into an event to find it again: the MoU's agreement id, or the statement's text */
    private static String markerOf(JsonNode event) {
        String text = event.path("data").path("text").asText("");
        return text.startsWith("Outage statement ") ? text : event.path("subject").asText();
    }

    private Map<String, Long> firstReceipts() {
        Map<String, Long> first = new LinkedHashMap<>();
        for (WebhookSink.Delivery delivery : receiver.deliveries()) {
            first.putIfAbsent(delivery.webhookId(), delivery.position());
        }
        return first;
    }

    private long ledgerSize() throws Exception {
        HttpResponse<String> answer = service.get(TestUsers.INTEGRATOR, "/events?after=now&limit=1");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Long.parseLong(answer.headers().firstValue(EventsController.LEDGER_SIZE).orElseThrow());
    }

    private long checkpointSize() throws Exception {
        HttpResponse<String> answer = service.get(TestUsers.AUDITOR, "/ledger/checkpoint");
        return answer.statusCode() == 200 ? Checkpoint.parse(SignedNote.parse(answer.body()).text()).treeSize() : -1;
    }

    /** @return every event from position {@code from} to {@code end - 1}, read through the pages, by position */
    private Map<Long, JsonNode> eventsFrom(long from, long end) throws Exception {
        Map<Long, JsonNode> events = new TreeMap<>();
        long after = from - 1;
        while (after < end - 1) {
            HttpResponse<String> page = service.get(TestUsers.INTEGRATOR, "/events?limit=500&after=" + after);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonNode batch = JSON.readTree(page.body());
            assertThat(batch.size()).as("a page after %d", after).isPositive();
            for (JsonNode event : batch) {
                long position = event.path("position").asLong();
                assertThat(events.put(position, event)).as("position %d once", position).isNull();
                after = Math.max(after, position);
            }
        }
        return events;
    }

    private EventSource streamFrom(long after) {
        return new EventSource.Builder(ConnectStrategy.http(URI.create(
                        "http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort()
                                + "/events/stream?after=" + after))
                .header("Authorization", ServiceClient.basic(TestUsers.INTEGRATOR))
                .readTimeout(30, TimeUnit.SECONDS))
                .errorStrategy(ErrorStrategy.alwaysContinue())
                .retryDelay(250, TimeUnit.MILLISECONDS)
                .retryDelayStrategy(RetryDelayStrategy.defaultStrategy().maxDelay(1, TimeUnit.SECONDS))
                .build();
    }

    private static JsonNode parse(String data) {
        try {
            return JSON.readTree(data);
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON: " + data, e);
        }
    }
}
