package accord.http.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import accord.http.testsupport.AccordContexts;
import accord.http.testsupport.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deliveries across restarts and nodes, on a database of this class's own: the service stopped in
 * the middle of delivering and started again loses nothing; two nodes on one database deliver a
 * subscription from one node at a time; a lease left behind by a node that died is taken over when
 * it ends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookRestartIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final String run = "t" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private String databaseUrl;
    private WebhookReceiver receiver;

    @BeforeAll
    void createTheDatabase() {
        databaseUrl = TestDatabase.get().createSibling("webhookrestart");
    }

    @BeforeEach
    void startTheReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    @AfterAll
    void stopTheNodes() {
        twoNodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aRestartInTheMiddleOfDeliveryLosesNothing() throws Exception {
        String agreement = "restarted-" + run;
        List<Long> positions = new ArrayList<>();
        int receivedBeforeTheStop;
        try (ConfigurableApplicationContext before = startNode()) {
            WebhookClient client = client(before);
            // The events are recorded first and the receiver takes half a second for each, so the stop finds
            // deliveries under way however fast the recording was. The receiver keeps each request as it
            // arrives, before answering.
            positions.addAll(client.record(agreement, 20));
            receiver.delay("restarted", Duration.ofMillis(500));
            client.subscribe(receiver, "restarted", Map.of("agreementIds", List.of(agreement),
                    "after", positions.get(0) - 1));
            await().atMost(PATIENCE).until(() -> receiver.received("restarted").size() >= 3);
            receivedBeforeTheStop = receiver.received("restarted").size();
        }
        assertThat(receivedBeforeTheStop).as("the stop came in the middle of delivering").isLessThan(positions.size());

        receiver.delay("restarted", Duration.ZERO);
        try (ConfigurableApplicationContext after = startNode()) {
            WebhookClient client = client(after);
            positions.addAll(client.recordStatements(agreement, 3));

            await().atMost(PATIENCE).until(() -> Received.taken(receiver, "restarted") >= positions.size());
            Received.inOrder(receiver, "restarted", positions);
            // At least once: only the event whose request the stop abandoned may arrive twice.
            assertThat(receiver.received("restarted").size() - positions.size()).isBetween(0, 1);
            String id = client.service().read("/subscriptions").path("subscriptions").get(0).path("id").asText();
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(client.subscription(id).path("cursor").asLong())
                    .isEqualTo(positions.get(positions.size() - 1)));
            client.deleteAll();
        }
    }

    @Test
    void twoNodesDeliverASubscriptionFromOneNodeAtATimeInOrder() throws Exception {
        List<ConfigurableApplicationContext> nodes = twoNodes();
        // Each node records its own agreement (a node's cached agreement would be stale after the other
        // node's command); every event wakes both dispatchers, which race for the lease.
        List<String> agreements = List.of("two-nodes-a-" + run, "two-nodes-b-" + run);
        client(nodes.get(0)).subscribe(receiver, "two-nodes", Map.of("agreementIds", agreements));
        receiver.delay("two-nodes", Duration.ofMillis(50));

        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            WebhookClient through = client(nodes.get(i % 2));
            String agreement = agreements.get(i % 2);
            positions.addAll(i < 2 ? through.record(agreement, 2) : through.recordStatements(agreement, 2));
        }

        await().atMost(PATIENCE).until(() -> Received.taken(receiver, "two-nodes") >= positions.size());
        Received.exactlyOnceInOrder(receiver, "two-nodes", positions);
        assertThat(receiver.mostConcurrent("two-nodes")).isEqualTo(1);
        client(nodes.get(0)).deleteAll();
    }

    @Test
    void aLeaseLeftByANodeThatDiedIsTakenOverWhenItEnds() throws Exception {
        List<ConfigurableApplicationContext> nodes = twoNodes();
        WebhookClient client = client(nodes.get(0));
        String agreement = "orphaned-" + run;
        String id = client.subscribe(receiver, "orphaned", Map.of("agreementIds", List.of(agreement)));
        Instant leaseEnds = Instant.now().plusSeconds(3);
        nodes.get(0).getBean(JdbcTemplate.class).update("update webhook_subscription set lease_owner = ?, "
                + "lease_until = ? where id = ?", "a-node-that-died", leaseEnds.atOffset(ZoneOffset.UTC), id);

        List<Long> positions = client.record(agreement, 2);

        await().atMost(PATIENCE).until(() -> Received.taken(receiver, "orphaned") >= positions.size());
        Received.exactlyOnceInOrder(receiver, "orphaned", positions);
        assertThat(receiver.received("orphaned").get(0).receivedAt()).isAfterOrEqualTo(leaseEnds);
        JsonNode subscription = client.subscription(id);
        assertThat(subscription.path("cursor").asLong()).isEqualTo(positions.get(1));
        client.deleteAll();
    }

    private final List<ConfigurableApplicationContext> twoNodes = new ArrayList<>();

    private List<ConfigurableApplicationContext> twoNodes() {
        while (twoNodes.size() < 2) {
            twoNodes.add(startNode());
        }
        return twoNodes;
    }

    /** A node on this class's database, letting deliveries under way finish for only 100 ms when it stops. */
    private ConfigurableApplicationContext startNode() {
        List<String> properties = new ArrayList<>();
        properties.add("spring.datasource.url=" + databaseUrl);
        WebhookDatabase.properties().forEach((key, value) -> properties.add(key + "=" + value));
        properties.add("accord.webhooks.shutdown-grace=100ms");
        return AccordContexts.startOnTestDatabase(properties.toArray(String[]::new));
    }

    private static WebhookClient client(ConfigurableApplicationContext node) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return new WebhookClient(port, node.getBean(ObjectMapper.class));
    }
}
