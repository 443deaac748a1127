package accord.http.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import accord.http.demo.SeedAgreement;
import accord.http.demo.SeedAgreements;
import accord.http.testsupport.AccordContexts;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestDatabase;
import accord.http.testsupport.TestUsers;
import accord.messages.ledger.LeafRecord;
import accord.query.feed.AgreementCloudEvents;
import accord.query.feed.AgreementFeed;
import accord.query.feed.FeedFilter;
import accord.query.feed.FeedPage;
import accord.query.kafka.KafkaPublisher;
import accord.query.kafka.PublisherState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Kafka publication against an in-process KRaft broker and the test run's PostgreSQL, read back as
 * an integrator would: a read_committed consumer and the CloudEvents SDK's Kafka deserializer. Every
 * test has a topic of its own; the ledger is the test run's, so each topic must hold every event
 * the ledger holds, each once.
 */
class KafkaPublicationIT {

    private static EmbeddedKafkaKraftBroker broker;

    @BeforeAll
    static void startTheBroker() {
        broker = KafkaBrokers.start();
    }

    @AfterAll
    static void stopTheBroker() {
        broker.destroy();
    }

    @Test
    void everyEventIsPublishedOnceAsAStructuredCloudEventKeyedByItsAgreement() throws Exception {
        String topic = topic("every-event");
        try (ConfigurableApplicationContext service = startPublishing(topic)) {
            ServiceClient client = client(service);
            String run = run();
            for (SeedAgreement seed : SeedAgreements.all()) {
                recordSeed(client, seed, run);
            }
            recordStatements(client, SeedAgreements.KOREA_BLACKROCK_MOU + "-" + run, 20);

            long head = awaitEveryEventPublished(topic, service);

            PublishedTopic published = PublishedTopic.read(broker.getBrokersAsString(), topic);
            published.holdsExactlyOnce(0, head);
            Map<Long, LeafRecord> ledger = ledger(service);
            AgreementCloudEvents cloudEvents = service.getBean(AgreementCloudEvents.class);
            for (PublishedTopic.Published record : published.records()) {
                LeafRecord event = ledger.get(record.position());
                assertThat(record.record().value()).as("the value of position " + event.position())
                        .isEqualTo(cloudEvents.structured(event));
                assertThat(record.record().key()).isEqualTo(event.agreementId());
            }
            assertThat(published.records().stream().map(record -> record.record().partition()).distinct().count())
                    .as("the agreements spread over the partitions").isGreaterThan(1);

            // The row and the status follow each commit, a moment after the records are visible.
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                JsonNode health = health(client);
                assertThat(health.path("status").asText()).as(health.toString()).isEqualTo("UP");
                assertThat(health.at("/details/state").asText()).isEqualTo("PUBLISHING");
                assertThat(health.at("/details/published").asLong()).isEqualTo(head - 1);
                assertThat(health.at("/details/lag").asLong()).isZero();
                JsonNode lag = client.admin("/actuator/metrics/accord.kafka.lag");
                assertThat(lag.at("/measurements/0/value").asDouble()).isZero();
                assertThat(publishedRow(topic)).isEqualTo(head - 1);
            });
        }
    }

    @Test
    void aRestartResumesWhereThePublisherStoppedWithoutLossOrDuplicates() throws Exception {
        String topic = topic("restart");
        String run = run();
        long publishedBefore;
        try (ConfigurableApplicationContext service = startPublishing(topic)) {
            recordSeed(client(service), SeedAgreements.koreaBlackRockMoU(), run);
            publishedBefore = awaitEveryEventPublished(topic, service);
        }
        long recordedMeanwhile;
        try (ConfigurableApplicationContext withoutKafka = startWithoutKafka()) {
            assertThat(withoutKafka.getBeanNamesForType(KafkaPublisher.class)).isEmpty();
            recordSeed(client(withoutKafka), SeedAgreements.usAiChipExportArrangementsChina(), run);
            recordedMeanwhile = head(withoutKafka);
        }
        assertThat(recordedMeanwhile).isGreaterThan(publishedBefore);
        assertThat(PublishedTopic.read(broker.getBrokersAsString(), topic).positions())
                .as("nothing was published while the service ran without Kafka").hasSize((int) publishedBefore);

        try (ConfigurableApplicationContext service = startPublishing(topic)) {
            recordSeed(client(service), SeedAgreements.koreaUsTechnologyProsperityDeal(), run);
            long head = awaitEveryEventPublished(topic, service);

            assertThat(head).isGreaterThan(recordedMeanwhile);
            awaitRecordedAsPublished(topic, head - 1);
        }
    }

    @Test
    void theTopicDecidesWhereToResumeWhenThePublisherStoppedBeforeRecordingItsLastCommit() throws Exception {
        String topic = topic("crash");
        String run = run();
        try (ConfigurableApplicationContext service = startPublishing(topic)) {
            recordSeed(client(service), SeedAgreements.koreaBlackRockMoU(), run);
            awaitEveryEventPublished(topic, service);
        }
        // As if every commit had reached Kafka but none its row: the database knows of nothing published.
        updateRow("update kafka_publication set position = -1, published_at = null where topic = ?", topic);

        try (ConfigurableApplicationContext service = startPublishing(topic)) {
            recordStatements(client(service), SeedAgreements.KOREA_BLACKROCK_MOU + "-" + run, 5);
            long head = awaitEveryEventPublished(topic, service);

            awaitRecordedAsPublished(topic, head - 1);
        }
    }

    @Test
    void theRecordedPositionIsTheFloorWhenRetentionHasEmptiedTheTopic() throws Exception {
        String topic = topic("retention");
        String run = run();
        long expired;
        try (ConfigurableApplicationContext service = startPublishing(topic)) {
            recordSeed(client(service), SeedAgreements.koreaBlackRockMoU(), run);
            expired = awaitEveryEventPublished(topic, service);
        }
        deleteEveryRecord(topic);
        assertThat(PublishedTopic.read(broker.getBrokersAsString(), topic).positions()).isEmpty();

        try (ConfigurableApplicationContext service = startPublishing(topic)) {
            recordSeed(client(service), SeedAgreements.koreaUsTechnologyProsperityDeal(), run);
            AtomicLong head = new AtomicLong();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                head.set(head(service));
                PublishedTopic.read(broker.getBrokersAsString(), topic).holdsExactlyOnce(expired, head.get());
            });
            assertThat(head.get()).isGreaterThan(expired);
        }
    }

    @Test
    void aStalledPublishersOpenTransactionIsAbortedAndItCanCommitNothingMore() throws Exception {
        String topic = topic("zombie");
        broker.addTopics(new NewTopic(topic, 3, (short) 1));
        try (KafkaProducer<String, byte[]> stalled = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "accord-publisher." + topic),
                new StringSerializer(), new ByteArraySerializer())) {
            stalled.initTransactions();
            stalled.beginTransaction();
            for (int position = 0; position < 5; position++) {
                stalled.send(copyOfPosition(topic, position));
            }
            stalled.flush();
            assertThat(PublishedTopic.read(broker.getBrokersAsString(), topic, false).positions())
                    .as("the stalled publisher's open transaction is in the log").hasSize(5);

            try (ConfigurableApplicationContext service = startPublishing(topic)) {
                ServiceClient client = client(service);
                String agreementId = "zombie-" + run();
                client.signMoU(agreementId);
                recordStatements(client, agreementId, 3);
                long head = awaitEveryEventPublished(topic, service);

                assertThat(PublishedTopic.read(broker.getBrokersAsString(), topic).positions()).hasSize((int) head);
                assertThatThrownBy(stalled::commitTransaction)
                        .isInstanceOfAny(ProducerFencedException.class, InvalidProducerEpochException.class);
            }
        }
    }

    @Test
    void oneNodePublishesAtATimeAndAnotherTakesOverWhenItStops() throws Exception {
        String topic = topic("two-nodes");
        String run = run();
        try (ConfigurableApplicationContext first = startPublishing(topic);
             ConfigurableApplicationContext second = startPublishing(topic)) {
            recordSeed(client(first), SeedAgreements.koreaBlackRockMoU(), run);
            recordSeed(client(second), SeedAgreements.usAiChipExportArrangementsChina(), run);
            awaitEveryEventPublished(topic, first);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(List.of(
                    first.getBean(KafkaPublisher.class).status().state(),
                    second.getBean(KafkaPublisher.class).status().state()))
                    .containsExactlyInAnyOrder(PublisherState.PUBLISHING, PublisherState.STANDBY));

            ConfigurableApplicationContext leader = state(first) == PublisherState.PUBLISHING ? first : second;
            ConfigurableApplicationContext follower = leader == first ? second : first;
            String leaderName = leader.getBean(KafkaPublisher.class).status().leader();
            assertThat(follower.getBean(KafkaPublisher.class).status().leader()).isEqualTo(leaderName);
            leader.close();

            recordSeed(client(follower), SeedAgreements.koreaUsTechnologyProsperityDeal(), run);
            awaitEveryEventPublished(topic, follower);
            assertThat(state(follower)).isEqualTo(PublisherState.PUBLISHING);
        }
    }

    @Test
    void eventsRecordedWhileTheBrokerIsDownArePublishedOnceItIsUp() throws Exception {
        int port = freePort();
        String bootstrap = "localhost:" + port;
        String topic = topic("outage");
        try (ConfigurableApplicationContext service = startPublishing(topic,
                "accord.kafka.bootstrap-servers=" + bootstrap,
                "accord.kafka.properties.max.block.ms=1000",
                "accord.kafka.timeout=2s")) {
            ServiceClient client = client(service);
            recordSeed(client, SeedAgreements.koreaBlackRockMoU(), run());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode health = health(client);
                assertThat(health.path("status").asText()).as(health.toString()).isEqualTo("DOWN");
                assertThat(health.at("/details/state").asText()).isEqualTo("FAILING");
                assertThat(health.at("/details/lag").asLong()).isPositive();
                assertThat(health.at("/details/reasons/0").asText()).contains("Timeout");
            });

            EmbeddedKafkaKraftBroker late = KafkaBrokers.startOn(port);
            try {
                long head = awaitEveryEventPublished(bootstrap, topic, service);
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                    JsonNode health = health(client);
                    assertThat(health.path("status").asText()).as(health.toString()).isEqualTo("UP");
                    assertThat(health.at("/details/lag").asLong()).isZero();
                });
                assertThat(PublishedTopic.read(bootstrap, topic).positions()).hasSize((int) head);
            } finally {
                late.destroy();
            }
        }
    }

    @Test
    void aBatchTheBrokerRefusesIsPublishedOnceWhenItAcceptsWritesAgain() throws Exception {
        String topic = topic("refused");
        broker.addTopics(new NewTopic(topic, 3, (short) 1));
        try (ConfigurableApplicationContext service = startPublishing(topic,
                // A refused batch expires after 3 s instead of 2 minutes; the producer retries it until then.
                "accord.kafka.properties.delivery.timeout.ms=3000",
                "accord.kafka.properties.request.timeout.ms=1000",
                "logging.level.org.apache.kafka.clients.producer.internals.Sender=ERROR")) {
            ServiceClient client = client(service);
            String agreementId = SeedAgreements.KOREA_BLACKROCK_MOU + "-" + run();
            client.recordUnder(SeedAgreements.koreaBlackRockMoU(), agreementId);
            long published = awaitEveryEventPublished(topic, service);

            // Every event is larger than this: the broker refuses every batch.
            setTopicConfig(topic, "max.message.bytes", "200");
            recordStatements(client, agreementId, 5);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode health = health(client);
                assertThat(health.path("status").asText()).as(health.toString()).isEqualTo("DOWN");
                assertThat(health.at("/details/state").asText()).isEqualTo("FAILING");
            });
            assertThat(PublishedTopic.read(broker.getBrokersAsString(), topic).positions()).hasSize((int) published);

            setTopicConfig(topic, "max.message.bytes", "1048588");
            long head = awaitEveryEventPublished(topic, service);

            assertThat(head).isEqualTo(published + 5);
        }
    }

    private static ConfigurableApplicationContext startPublishing(String topic, String... overrides) {
        List<String> properties = new ArrayList<>(List.of(
                "accord.kafka.enabled=true",
                "accord.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "accord.kafka.topic=" + topic,
                "accord.kafka.partitions=3",
                "accord.kafka.lease=3s",
                "accord.kafka.retry-initial=200ms",
                "accord.kafka.retry-max=2s"));
        KafkaBrokers.QUIET_LOGS.forEach((property, level) -> properties.add(property + "=" + level));
        properties.addAll(List.of(overrides));
        return AccordContexts.startOnTestDatabase(properties.toArray(String[]::new));
    }

    private static ConfigurableApplicationContext startWithoutKafka() {
        return AccordContexts.startOnTestDatabase(KafkaBrokers.QUIET_LOGS.entrySet().stream()
                .map(property -> property.getKey() + "=" + property.getValue())
                .toArray(String[]::new));
    }

    /** Waits until the topic holds every event of the ledger once; returns the ledger's size. */
    private static long awaitEveryEventPublished(String topic, ConfigurableApplicationContext service) {
        return awaitEveryEventPublished(broker.getBrokersAsString(), topic, service);
    }

    private static long awaitEveryEventPublished(String bootstrap, String topic,
                                                 ConfigurableApplicationContext service) {
        AtomicLong head = new AtomicLong();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            head.set(head(service));
            PublishedTopic.read(bootstrap, topic).holdsExactlyOnce(0, head.get());
        });
        return head.get();
    }

    private static void recordSeed(ServiceClient client, SeedAgreement seed, String run) throws Exception {
        client.recordUnder(seed, seed.agreementId() + "-" + run);
    }

    private static ServiceClient client(ConfigurableApplicationContext service) {
        return new ServiceClient(((WebServerApplicationContext) service).getWebServer().getPort(),
                service.getBean(ObjectMapper.class));
    }

    private static JsonNode health(ServiceClient client) throws Exception {
        HttpResponse<String> answer = client.get(TestUsers.ADMIN, "/actuator/health/kafka");
        return new ObjectMapper().readTree(answer.body());
    }

    private static PublisherState state(ConfigurableApplicationContext service) {
        return service.getBean(KafkaPublisher.class).status().state();
    }

    private static long head(ConfigurableApplicationContext service) {
        return service.getBean(AgreementFeed.class).head();
    }

    private static Map<Long, LeafRecord> ledger(ConfigurableApplicationContext service) {
        AgreementFeed feed = service.getBean(AgreementFeed.class);
        Map<Long, LeafRecord> events = new HashMap<>();
        long after = -1;
        FeedPage page;
        do {
            page = feed.read(after, 1000, FeedFilter.ALL);
            page.events().forEach(event -> events.put(event.position(), event));
            after = page.next();
        } while (!page.events().isEmpty());
        return events;
    }

    private static void recordStatements(ServiceClient client, String agreementId, int count) throws Exception {
        for (int n = 0; n < count; n++) {
            HttpResponse<String> answer = client.post(TestUsers.CLERK, "/agreements/" + agreementId
                    + "/record-statement", Map.of(
                    "speaker", Map.of("name", "Speaker " + n, "title", "Spokesperson"), "party", "KR",
                    "text", "Statement " + n + " on " + agreementId,
                    "occurredOn", Map.of("date", "2025-10-01", "precision", "DAY"),
                    "sources", List.of(Map.of("publisher", "Kafka publication", "title", agreementId,
                            "url", "https://kafka.accord.example/" + agreementId, "publishedOn", "2025-10",
                            "language", "en"))));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }
    }

    /** A record that claims to be the event at this position, as a publisher that stopped answering had sent. */
    private static ProducerRecord<String, byte[]> copyOfPosition(String topic, int position) {
        String agreementId = "stalled-" + position;
        String event = """
                {"specversion":"1.0","id":"stalled-%d","source":"/agreements/%s",\
                "type":"example.accord.agreement.MoUSigned.v1","subject":"%s","position":"%d","partitionkey":"%s"}"""
                .formatted(position, agreementId, agreementId, position, agreementId);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, agreementId,
                event.getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static void deleteEveryRecord(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString()))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(partition -> new TopicPartition(topic, partition.partition())).toList();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                    partitions.stream().collect(Collectors.toMap(partition -> partition,
                            partition -> OffsetSpec.latest())))
                    .all().get();
            admin.deleteRecords(ends.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    end -> RecordsToDelete.beforeOffset(end.getValue().offset())))).all().get();
        }
    }

    private static void setTopicConfig(String topic, String name, String value) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(new ConfigEntry(name, value),
                    AlterConfigOp.OpType.SET)))).all().get();
            await().atMost(Duration.ofSeconds(10)).until(() -> admin.describeConfigs(List.of(resource)).all().get()
                    .get(resource).get(name).value().equals(value));
        }
    }

    /** The row follows each commit, a moment after its records are visible. */
    private static void awaitRecordedAsPublished(String topic, long position) {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(publishedRow(topic)).isEqualTo(position));
    }

    private static long publishedRow(String topic) throws Exception {
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement select = connection.prepareStatement(
                     "select position from kafka_publication where topic = ?")) {
            select.setString(1, topic);
            var rows = select.executeQuery();
            assertThat(rows.next()).as("the row of " + topic).isTrue();
            return rows.getLong(1);
        }
    }

    private static void updateRow(String sql, String topic) throws Exception {
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, topic);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static String topic(String purpose) {
        return "accord.test." + purpose + "." + run();
    }

    private static String run() {
        return Long.toString(System.nanoTime(), 36);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
