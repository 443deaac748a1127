package accord.http.reliability;

import static accord.http.reliability.Reliability.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.ServiceNode;
import accord.http.testsupport.TestDatabase;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, scope 2: three service processes on one PostgreSQL. Commands sent to any node succeed
 * and races between nodes are refused, never lost; each projection's three segments are split
 * among the nodes; an SSE client on every node sees every event in order; a node killed with
 * {@code SIGKILL} hands its segments to the others; positions stay gap-free; every projection
 * applies events delivered twice exactly once in effect. Prints the cross-node latencies (a
 * command's answer on one node to the event on another node's stream, and to another node's
 * projection); they are measured, not asserted.
 */
class MultiNodeIT {

    private static final List<String> PROJECTIONS = List.of("agreement-state", "agreement-search", "agreement-history");
    private static final int SEGMENTS = 3;
    /** Axon's default; a node extends its claims every 5 s (Axon's claim extension threshold), so a shorter timeout lets claims flap. */
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    private static final List<String> READ_SIDE_TABLES = List.of(
            "select * from agreement_state order by agreement_id",
            "select * from agreement_history order by agreement_id, version",
            "select * from agreement_link order by agreement_id, version, target_agreement_id",
            "select * from agreement_search order by agreement_id",
            "select * from agreement_search_party order by code, agreement_id",
            "select * from agreement_search_scope order by area, agreement_id");

    @Test
    void threeNodesShareOneLedgerAndItsProjections() throws Exception {
        long began = System.nanoTime();
        String database = TestDatabase.get().createSibling("multi");
        String run = Long.toString(System.nanoTime(), 36);
        Map<String, String> settings = new LinkedHashMap<>();
        for (String projection : PROJECTIONS) {
            settings.put("axon.eventhandling.processors." + projection + ".initial-segment-count", "" + SEGMENTS);
            settings.put("axon.eventhandling.processors." + projection + ".token-claim-interval", "1000");
        }
        settings.put("accord.event-store.processor-segments", "" + SEGMENTS);
        // Two of three segments at most per node: the first node cannot take them all, and two nodes can carry all three.
        settings.put("accord.event-store.max-claimed-segments", "2");
        settings.put("axon.eventhandling.tokenstore.claim-timeout", CLAIM_TIMEOUT.toSeconds() + "s");
        List<ServiceNode> nodes = new ArrayList<>(List.of(ServiceNode.on("node-a", database, settings),
                ServiceNode.on("node-b", database, settings), ServiceNode.on("node-c", database, settings)));
        List<StreamWatcher> watchers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            // The first node creates the schema, the signing key and the tokens; the others start together.
            nodes.get(0).start();
            nodes.get(1).launch();
            nodes.get(2).launch();
            nodes.get(1).awaitAnswering();
            nodes.get(2).awaitAnswering();
            double startedAfter = (System.nanoTime() - began) / 1e9;
            List<ServiceClient> clients = nodes.stream().map(node -> node.client(JSON)).toList();
            for (ServiceNode node : nodes) {
                watchers.add(new StreamWatcher(node.base()));
            }

            // Commands round-robin to every node succeed.
            List<String> agreements = new ArrayList<>();
            Map<String, Long> versions = new HashMap<>();
            int recorded = 0;
            for (int i = 0; i < 9; i++) {
                String id = "multi-" + run + "-" + i;
                JsonNode receipt = write(clients.get(i % 3), "/agreements/" + id + "/sign-mou",
                        Reliability.signMoU("Multi " + i));
                agreements.add(id);
                versions.put(id, receipt.path("version").asLong());
                recorded++;
            }
            List<Future<Integer>> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    int ok = 0;
                    for (int n = 0; n < 15; n++) {
                        String id = agreements.get(writer * 3 + n % 3);
                        write(clients.get((writer + n) % 3), "/agreements/" + id
                                + "/record-statement", Reliability.statement("rr-" + writer + "-" + n));
                        ok++;
                    }
                    return ok;
                }));
            }
            for (Future<Integer> writer : writers) {
                recorded += writer.get(2, TimeUnit.MINUTES);
            }

            // Races between two nodes on one agreement: with If-Match exactly one wins; without, none is lost.
            String contested = agreements.get(0);
            int ifMatchRefused = 0;
            int raceConflicts = 0;
            int raceWins = 0;
            try (Connection db = Reliability.connect(database)) {
                for (int race = 0; race < 10; race++) {
                    long version = Reliability.count(db,
                            "select max(sequence_number) from domain_event_entry where aggregate_identifier = ?", contested);
                    boolean withIfMatch = race % 2 == 0;
                    long before = Reliability.count(db,
                            "select count(*) from domain_event_entry where aggregate_identifier = ?", contested);
                    List<HttpResponse<String>> answers = raceOn(pool, List.of(clients.get(race % 3),
                            clients.get((race + 1) % 3)), contested, withIfMatch ? version : -1, run + "-race-" + race);
                    int wins = 0;
                    for (HttpResponse<String> answer : answers) {
                        if (answer.statusCode() == 200) {
                            wins++;
                        } else {
                            assertThat(answer.statusCode()).as(answer.body()).isIn(409, 412);
                            String code = JSON.readTree(answer.body()).path("code").asText();
                            assertThat(code).isIn("CONCURRENT_MODIFICATION", "VERSION_MISMATCH");
                            if (answer.statusCode() == 412) {
                                ifMatchRefused++;
                            } else {
                                raceConflicts++;
                            }
                        }
                    }
                    List<String> said = answers.stream().map(answer -> answer.statusCode() + " " + answer.body()).toList();
                    if (withIfMatch) {
                        assertThat(wins).as("exactly one of two writes with If-Match \"%d\" wins: %s", version, said)
                                .isEqualTo(1);
                    } else {
                        assertThat(wins).as("at least one write without If-Match wins: %s", said).isBetween(1, 2);
                    }
                    assertThat(Reliability.count(db,
                            "select count(*) from domain_event_entry where aggregate_identifier = ?", contested))
                            .as("the agreement's events are exactly the wins").isEqualTo(before + wins);
                    raceWins += wins;
                    recorded += wins;
                }
            }

            // A rule decided on another node's cached, older agreement: suspended through B, resumed through A.
            String staleOnA = agreements.get(8);
            write(clients.get(0), "/agreements/" + staleOnA + "/record-statement",
                    Reliability.statement("cached-on-a"));
            write(clients.get(1), "/agreements/" + staleOnA + "/suspend",
                    Reliability.reasoned("Suspended through node b"));
            write(clients.get(0), "/agreements/" + staleOnA + "/resume",
                    Reliability.reasoned("Resumed through node a, which had the agreement cached before the suspension"));
            recorded += 3;

            // The projections' segments are split among the nodes.
            Map<String, List<Integer>> split = new LinkedHashMap<>();
            await("every projection's " + SEGMENTS + " segments claimed, by at least two nodes")
                    .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
                        split.clear();
                        split.putAll(claims(clients));
                        return split.values().stream().allMatch(claimed ->
                                claimed.stream().mapToInt(Integer::intValue).sum() == SEGMENTS
                                        && claimed.stream().filter(count -> count > 0).count() >= 2);
                    });
            Map<String, List<Integer>> splitBeforeKill = new LinkedHashMap<>(split);

            // Cross-node latency: an answer on one node to the event on another node's stream and projection.
            List<Double> toStream = new ArrayList<>();
            List<Double> toProjection = new ArrayList<>();
            for (int sample = 0; sample < 24; sample++) {
                int writer = sample % 3;
                int reader = (sample + 1) % 3;
                String id = agreements.get(3 + sample % 6);
                long sent = System.nanoTime();
                JsonNode receipt = write(clients.get(writer), "/agreements/" + id
                        + "/record-statement", Reliability.statement("latency-" + sample));
                long answered = System.nanoTime();
                recorded++;
                long position = receipt.path("position").asLong();
                long version = receipt.path("version").asLong();
                StreamWatcher watcher = watchers.get(reader);
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(1))
                        .until(() -> watcher.arrivalOf(position) != null);
                toStream.add((watcher.arrivalOf(position) - answered) / 1e6);
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10)).until(() -> {
                    HttpResponse<String> state = clients.get(reader).get(TestUsers.AUDITOR, "/agreements/" + id);
                    return state.statusCode() == 200 && state.headers().firstValue("ETag")
                            .map(tag -> Long.parseLong(tag.replace("\"", "")) >= version).orElse(false);
                });
                toProjection.add((System.nanoTime() - answered) / 1e6);
            }

            // Kill the node holding most segments; the others take them over.
            int victim = 0;
            for (int n = 1; n < 3; n++) {
                if (segmentsOf(splitBeforeKill, n) > segmentsOf(splitBeforeKill, victim)) {
                    victim = n;
                }
            }
            int held = segmentsOf(splitBeforeKill, victim);
            int exit = nodes.get(victim).kill();
            long killedAt = System.nanoTime();
            watchers.get(victim).close();
            List<ServiceClient> survivors = new ArrayList<>();
            List<StreamWatcher> survivingWatchers = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                if (n != victim) {
                    survivors.add(clients.get(n));
                    survivingWatchers.add(watchers.get(n));
                }
            }
            Map<String, List<Integer>> after = new LinkedHashMap<>();
            await("the survivors claim every segment").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(100)).until(() -> {
                        after.clear();
                        after.putAll(claims(survivors));
                        return after.values().stream().allMatch(claimed ->
                                claimed.stream().mapToInt(Integer::intValue).sum() == SEGMENTS);
                    });
            double takeover = (System.nanoTime() - killedAt) / 1e9;

            // Events recorded after the kill reach every survivor's projections and streams.
            Map<String, Long> lastVersions = new HashMap<>();
            for (int n = 0; n < 12; n++) {
                String id = agreements.get(n % agreements.size());
                JsonNode receipt = write(survivors.get(n % 2), "/agreements/" + id
                        + "/record-statement", Reliability.statement("after-kill-" + n));
                lastVersions.put(id, receipt.path("version").asLong());
                recorded++;
            }
            for (ServiceClient survivor : survivors) {
                for (Map.Entry<String, Long> last : lastVersions.entrySet()) {
                    HttpResponse<String> state = survivor.get(TestUsers.AUDITOR,
                            "/agreements/" + last.getKey() + "?minVersion=" + last.getValue());
                    assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
                    assertThat(state.headers().firstValue("ETag")).hasValue("\"" + last.getValue() + "\"");
                }
            }

            long events;
            Map<Long, String> leaves;
            try (Connection db = Reliability.connect(database)) {
                events = Reliability.assertGapFreeLedger(db);
                leaves = Reliability.leaves(db);
            }
            assertThat(events).as("every 2xx is one event, or two").isGreaterThanOrEqualTo(recorded);
            for (StreamWatcher watcher : survivingWatchers) {
                await().atMost(Duration.ofSeconds(30)).until(() -> watcher.highest() >= events - 1);
                assertEveryPositionInOrder(watcher.messages(), leaves, events);
            }
            List<StreamWatcher.Message> killedSaw = watchers.get(victim).messages();
            assertEveryPositionInOrder(killedSaw, leaves, killedSaw.isEmpty() ? 0
                    : killedSaw.get(killedSaw.size() - 1).position() + 1);
            Reliability.assertAuditPasses(survivors.get(0), events);

            // Exactly once in effect: every projection gets every event again, once each has handled every event.
            await("every projection on the survivors handled every event").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250)).until(() -> {
                        for (ServiceClient survivor : survivors) {
                            for (JsonNode processor : survivor.admin("/admin/processors")) {
                                if (PROJECTIONS.contains(processor.path("name").asText())
                                        && processor.path("segmentsClaimed").asInt() > 0
                                        && processor.path("position").asLong(-1) < processor.path("head").asLong()) {
                                    return false;
                                }
                            }
                        }
                        return true;
                    });
            for (int n = 0; n < 3; n++) {
                nodes.get(n).close();
            }
            List<String> before;
            int redelivered;
            try (Connection db = Reliability.connect(database)) {
                before = readSide(db);
                try (Statement rewind = db.createStatement()) {
                    redelivered = rewind.executeUpdate("update token_entry set token = null, token_type = null,"
                            + " owner = null where processor_name in ('" + String.join("', '", PROJECTIONS) + "')");
                }
            }
            assertThat(redelivered).as("token rows rewound to the start").isEqualTo(PROJECTIONS.size() * SEGMENTS);
            // One node that may claim every segment, so that every segment is delivered again.
            Map<String, String> alone = new LinkedHashMap<>(settings);
            alone.put("accord.event-store.max-claimed-segments", "" + SEGMENTS);
            ServiceNode again = ServiceNode.on("node-replay", database, alone);
            nodes.add(again);
            again.start();
            ServiceClient replaying = again.client(JSON);
            await("the projections handled every event again").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250)).until(() -> {
                        int caughtUp = 0;
                        for (JsonNode processor : replaying.admin("/admin/processors")) {
                            if (PROJECTIONS.contains(processor.path("name").asText())
                                    && processor.path("segmentsClaimed").asInt() == SEGMENTS
                                    && !processor.path("position").isNull()
                                    && processor.path("position").asLong() >= processor.path("head").asLong()) {
                                caughtUp++;
                            }
                        }
                        return caughtUp == PROJECTIONS.size();
                    });
            List<String> afterRedelivery;
            try (Connection db = Reliability.connect(database)) {
                afterRedelivery = readSide(db);
            }
            assertThat(afterRedelivery).as("the read side after every event was delivered a second time")
                    .containsExactlyElementsOf(before);

            System.out.printf("MultiNodeIT: 3 nodes answering after %.1f s; %d commands answered 2xx round-robin;"
                            + " races: %d wins, %d refused 412, %d refused 409; segments claimed per node (a, b, c)"
                            + " %s; SIGKILL of %s (exit %d, held %d segments): survivors claimed every segment after"
                            + " %.1f s (claim timeout %d s) as %s; %d events gap-free at 0..%d, audit passed;"
                            + " answer on one node -> SSE on another: p50 %.1f / p99 %.1f ms; -> another node's"
                            + " projection: p50 %.1f / p99 %.1f ms (n=%d); read side identical after %d events"
                            + " delivered again (%d rows); %d conflicts retried; %.1f s%n",
                    startedAfter, recorded, raceWins, ifMatchRefused, raceConflicts, splitBeforeKill,
                    nodes.get(victim).name(), exit, held, takeover, CLAIM_TIMEOUT.toSeconds(), after, events,
                    events - 1, Reliability.percentile(toStream, 50), Reliability.percentile(toStream, 99),
                    Reliability.percentile(toProjection, 50), Reliability.percentile(toProjection, 99),
                    toStream.size(), events, before.size(), CONFLICTS.get(), (System.nanoTime() - began) / 1e9);
            assertThat(exit).isEqualTo(ServiceNode.KILLED);
            assertThat(takeover).as("seconds until the survivors held every segment")
                    .isLessThan(CLAIM_TIMEOUT.toSeconds() + 25);
        } finally {
            for (StreamWatcher watcher : watchers) {
                watcher.close();
            }
            pool.shutdownNow();
            nodes.forEach(ServiceNode::close);
        }
    }

    private static List<HttpResponse<String>> raceOn(ExecutorService pool, List<ServiceClient> two, String agreementId,
                                                     long ifMatch, String marker) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> racing = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            ServiceClient client = two.get(side);
            String text = marker + "-" + side;
            Callable<HttpResponse<String>> write = () -> {
                go.await();
                return client.post(TestUsers.CLERK, "/agreements/" + agreementId + "/record-statement",
                        Reliability.statement(text), ifMatch >= 0 ? Map.of("If-Match", "\"" + ifMatch + "\"") : Map.of());
            };
            racing.add(pool.submit(write));
        }
        go.countDown();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> one : racing) {
            answers.add(one.get(1, TimeUnit.MINUTES));
        }
        return answers;
    }

    /** @return per projection, the segments each node (in the clients' order) claims */
    private static Map<String, List<Integer>> claims(List<ServiceClient> clients) throws Exception {
        Map<String, List<Integer>> claims = new LinkedHashMap<>();
        for (String projection : PROJECTIONS) {
            claims.put(projection, new ArrayList<>());
        }
        for (ServiceClient client : clients) {
            Map<String, Integer> own = new HashMap<>();
            for (JsonNode processor : client.admin("/admin/processors")) {
                own.put(processor.path("name").asText(), processor.path("segmentsClaimed").asInt());
            }
            for (String projection : PROJECTIONS) {
                claims.get(projection).add(own.getOrDefault(projection, 0));
            }
        }
        return claims;
    }

    private static int segmentsOf(Map<String, List<Integer>> claims, int node) {
        return claims.values().stream().mapToInt(claimed -> claimed.get(node)).sum();
    }

    private static final java.util.concurrent.atomic.AtomicInteger CONFLICTS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Sends a command as a clerk and expects it recorded; a 409 CONCURRENT_MODIFICATION (another node's write
     * came first, or this node's cached agreement was older than the stored one) is retried, as clients are
     * told to, and counted.
     */
    private static JsonNode write(ServiceClient node, String path, Object body) throws Exception {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> answer = node.post(TestUsers.CLERK, path, body);
            if (answer.statusCode() == 409 && answer.body().contains("CONCURRENT_MODIFICATION") && attempt < 5) {
                CONFLICTS.incrementAndGet();
                continue;
            }
            assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
            return JSON.readTree(answer.body());
        }
    }

    /** Positions 0..end-1 arrived in order, each the event at its leaf; a repeat only with the same id. */
    private static void assertEveryPositionInOrder(List<StreamWatcher.Message> messages, Map<Long, String> leaves,
                                                   long end) {
        Map<Long, String> seen = new LinkedHashMap<>();
        long previous = -1;
        for (StreamWatcher.Message message : messages) {
            assertThat(message.eventId()).isEqualTo(leaves.get(message.position()));
            if (seen.putIfAbsent(message.position(), message.eventId()) == null) {
                assertThat(message.position()).as("positions in order").isEqualTo(previous + 1);
                previous = message.position();
            }
        }
        assertThat(previous + 1).as("every position up to %d", end - 1).isGreaterThanOrEqualTo(end);
    }

    private static List<String> readSide(Connection db) throws Exception {
        List<String> rows = new ArrayList<>();
        for (String query : READ_SIDE_TABLES) {
            rows.add("-- " + query);
            rows.addAll(Reliability.rows(db, query));
        }
        return rows;
    }
}
