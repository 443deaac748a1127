package accord.http.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import accord.http.demo.SeedAgreements;
import accord.http.testsupport.AccordContexts;
import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.CuttingProxy;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUser;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.launchdarkly.eventsource.ConnectStrategy;
import com.launchdarkly.eventsource.ErrorStrategy;
import com.launchdarkly.eventsource.EventSource;
import com.launchdarkly.eventsource.MessageEvent;
import io.cloudevents.CloudEvent;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code GET /events/stream}, followed by an off-the-shelf SSE client (LaunchDarkly's
 * okhttp-eventsource, which reconnects with Last-Event-ID by itself) and read with the
 * CloudEvents SDK: cut off again and again, it still sees every event exactly once, in order.
 */
@AccordIntegrationTest
class EventStreamIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    /** What the client received: the SSE id and event name, and the CloudEvent in its data. */
    record Received(String sseId, String sseEvent, CloudEvent event) {
    }

    @Test
    void aClientCutOffAgainAndAgainSeesEveryEventExactlyOnceInOrder() throws Exception {
        ServiceClient client = new ServiceClient(port, json);
        long start = EventFeedIT.ledgerSize(client);
        List<Received> received = new CopyOnWriteArrayList<>();
        try (CuttingProxy proxy = new CuttingProxy(port, Duration.ofMillis(150), Duration.ofMillis(700));
             EventSource source = sseClient(URI.create("http://127.0.0.1:" + proxy.port()
                     + "/events/stream?after=" + (start - 1)), TestUsers.INTEGRATOR)) {
            CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
                for (MessageEvent message : source.messages()) {
                    received.add(new Received(message.getLastEventId(), message.getEventName(),
                            CloudEventsReader.structured(message.getData())));
                }
            });
            String run = Long.toString(System.nanoTime(), 36);
            int index = 0;
            for (var seed : SeedAgreements.all()) {
                client.recordUnder(seed, "stream-" + run + "-" + index++);
                TimeUnit.MILLISECONDS.sleep(300);
            }
            for (int i = 0; i < 20; i++) {
                client.signMoU("stream-" + run + "-mou-" + i);
                TimeUnit.MILLISECONDS.sleep(100);
            }
            long end = EventFeedIT.ledgerSize(client);
            await().atMost(Duration.ofSeconds(60)).until(() -> !received.isEmpty()
                    && CloudEventsReader.position(received.get(received.size() - 1).event()) >= end - 1);
            source.close();
            reading.get(10, TimeUnit.SECONDS);

            assertThat(proxy.cuts()).as("connections cut while streaming").isGreaterThanOrEqualTo(3);
            List<Long> positions = received.stream().map(r -> CloudEventsReader.position(r.event())).toList();
            List<Long> expected = new ArrayList<>();
            for (long position = start; position <= positions.get(positions.size() - 1); position++) {
                expected.add(position);
            }
            assertThat(positions).as("every position once, in order").containsExactlyElementsOf(expected);
            assertThat(positions.get(positions.size() - 1)).isGreaterThanOrEqualTo(end - 1);
            for (Received one : received) {
                assertThat(one.sseId()).isEqualTo(one.event().getExtension("position"));
                assertThat(one.sseEvent()).isEqualTo(one.event().getType());
            }
            assertThat(received.stream().map(r -> r.event().getId()).distinct().count()).isEqualTo(received.size());
        }
    }

    @Test
    void aFilteredStreamSendsOnlyItsAgreementAndResumesAfterLastEventId() throws Exception {
        ServiceClient client = new ServiceClient(port, json);
        String run = Long.toString(System.nanoTime(), 36);
        String mine = "stream-filter-" + run;
        List<JsonNode> receipts = client.recordUnder(SeedAgreements.koreaBlackRockMoU(), mine);
        client.signMoU("stream-filter-other-" + run);
        int events = receipts.get(receipts.size() - 1).get("version").asInt() + 1;
        long secondPosition = receipts.get(1).get("position").asLong();

        List<CloudEvent> all = readStream("/events/stream?agreementId=" + mine, null, events);
        assertThat(all).extracting(CloudEvent::getSubject).containsOnly(mine);
        assertThat(all).extracting(event -> event.getExtension("agreementversion"))
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, events).boxed().toList());

        List<CloudEvent> resumed = readStream("/events/stream?after=-1&agreementId=" + mine,
                Long.toString(secondPosition), events - 2);
        assertThat(resumed).as("Last-Event-ID wins over after")
                .extracting(event -> event.getExtension("agreementversion"))
                .containsExactlyElementsOf(java.util.stream.IntStream.range(2, events).boxed().toList());
    }

    @Test
    void aNodeShuttingDownEndsItsStreamsAtOnceAndSendsHeartbeatsBefore() throws Exception {
        ConfigurableApplicationContext node = AccordContexts.startOnTestDatabase("accord.feed.heartbeat=200ms");
        int nodePort = ((WebServerApplicationContext) node).getWebServer().getPort();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + nodePort + "/events/stream?after=now"))
                .header("Authorization", basic(TestUsers.AUDITOR)).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = lines.readLine()) != null && !line.equals(":heartbeat")) {
            seen.add(line);
        }
        assertThat(line).as("a heartbeat arrives on an idle stream").isEqualTo(":heartbeat");
        assertThat(seen).contains("retry:250");

        long closing = System.nanoTime();
        CompletableFuture<Void> shutdown = CompletableFuture.runAsync(node::close);
        CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> {
            try {
                while (lines.readLine() != null) {
                    // Drains until the node ends the stream.
                }
            } catch (java.io.IOException cut) {
                // Ended as well.
            }
        });
        ended.get(20, TimeUnit.SECONDS);
        shutdown.get(20, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - closing);
        assertThat(took).as("the graceful shutdown did not wait for the open stream (it would wait 30 s)")
                .isLessThan(Duration.ofSeconds(20));
    }

    private List<CloudEvent> readStream(String path, String lastEventId, int count) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", basic(TestUsers.INTEGRATOR)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> answer = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(answer.statusCode()).isEqualTo(200);
        List<CloudEvent> events = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8))) {
            CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
                try {
                    String line;
                    while (events.size() < count && (line = lines.readLine()) != null) {
                        if (line.startsWith("data:")) {
                            events.add(CloudEventsReader.structured(line.substring("data:".length())));
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            reading.get(30, TimeUnit.SECONDS);
        }
        return events;
    }

    private static EventSource sseClient(URI uri, TestUser user) {
        return new EventSource.Builder(ConnectStrategy.http(uri)
                .header("Authorization", basic(user))
                .readTimeout(30, TimeUnit.SECONDS))
                .errorStrategy(ErrorStrategy.alwaysContinue())
                .retryDelay(100, TimeUnit.MILLISECONDS)
                .build();
    }

    private static String basic(TestUser user) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (user.name() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
    }
}
