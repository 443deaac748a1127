package accord.http.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import accord.messages.feed.CloudEventExtensions;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A topic as an integrator's consumer reads it: committed records only (unless asked otherwise),
 * keys as strings, values through the CloudEvents SDK's Kafka deserializer.
 */
final class PublishedTopic {

    /**
     * One record.
     *
     * @param record the record as Kafka returned it
     * @param event  its value, read by the CloudEvents SDK
     */
    record Published(ConsumerRecord<String, byte[]> record, CloudEvent event) {

        long position() {
            return Long.parseLong((String) event.getExtension(CloudEventExtensions.POSITION));
        }

        int version() {
            return ((Number) event.getExtension(CloudEventExtensions.AGREEMENT_VERSION)).intValue();
        }
    }

    private final List<Published> records;

    private PublishedTopic(List<Published> records) {
        this.records = records;
    }

    /** Reads every committed record the topic holds now, partition by partition, in offset order. */
    static PublishedTopic read(String bootstrapServers, String topic) {
        return read(bootstrapServers, topic, true);
    }

    /**
     * @param committedOnly read_committed, as consumers of Accord's topic must; otherwise read_uncommitted,
     *                      which also returns records of open and aborted transactions
     */
    static PublishedTopic read(String bootstrapServers, String topic, boolean committedOnly) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, committedOnly ? "read_committed" : "read_uncommitted");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        CloudEventDeserializer cloudEvents = new CloudEventDeserializer();
        List<Published> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition()))
                    .toList();
            assertThat(partitions).as("the partitions of " + topic).isNotEmpty();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                assertThat(Instant.now()).as("reading " + topic).isBefore(deadline);
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(new Published(record,
                                cloudEvents.deserialize(topic, record.headers(), record.value())));
                    }
                }
            }
        }
        records.sort(Comparator.<Published>comparingInt(published -> published.record().partition())
                .thenComparingLong(published -> published.record().offset()));
        return new PublishedTopic(records);
    }

    /** @return the records, partition by partition, in offset order */
    List<Published> records() {
        return records;
    }

    /** @return the ledger positions of the records, in the order read */
    List<Long> positions() {
        return records.stream().map(Published::position).toList();
    }

    /**
     * Checks that the topic holds exactly the events at positions {@code from} to {@code head - 1},
     * each once, each a structured CloudEvent keyed by its agreement, every agreement's events on
     * one partition in the order of their versions.
     */
    void holdsExactlyOnce(long from, long head) {
        assertThat(positions()).as("positions on the topic").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(LongStream.range(from, head).boxed().toList());
        Map<String, Published> lastOfAgreement = new HashMap<>();
        for (Published published : records) {
            ConsumerRecord<String, byte[]> record = published.record();
            CloudEvent event = published.event();
            Header contentType = record.headers().lastHeader("content-type");
            assertThat(contentType).as("the content-type header").isNotNull();
            assertThat(new String(contentType.value(), StandardCharsets.UTF_8))
                    .isEqualTo(CloudEventExtensions.EVENT_MEDIA_TYPE);
            assertThat(record.headers().toArray()).as("structured mode: content-type is the only header").hasSize(1);
            assertThat(record.key()).isEqualTo(event.getSubject())
                    .isEqualTo(event.getExtension(CloudEventExtensions.PARTITION_KEY));
            assertThat(event.getSource()).hasToString("/agreements/" + record.key());
            assertThat(event.getType()).startsWith("example.accord.agreement.");
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            assertThat(event.getData()).isNotNull();
            Published previous = lastOfAgreement.put(record.key(), published);
            if (previous != null) {
                assertThat(record.partition()).as("the partition of " + record.key())
                        .isEqualTo(previous.record().partition());
                assertThat(published.version()).as("the version after " + previous.event().getId())
                        .isEqualTo(previous.version() + 1);
                assertThat(published.position()).isGreaterThan(previous.position());
            }
        }
    }
}
