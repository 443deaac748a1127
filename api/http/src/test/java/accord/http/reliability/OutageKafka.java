package accord.http.reliability;

import accord.http.kafka.KafkaBrokers;

import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * An in-process KRaft broker for the outage test, and what an integrator's {@code read_committed}
 * consumer finds on the topic: the ledger position of every committed record.
 */
final class OutageKafka implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final EmbeddedKafkaKraftBroker broker = KafkaBrokers.start();

    /** @return the service's properties to publish to this broker's topic */
    Map<String, String> serviceProperties(String topic) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("accord.kafka.enabled", "true");
        properties.put("accord.kafka.bootstrap-servers", broker.getBrokersAsString());
        properties.put("accord.kafka.topic", topic);
        properties.put("accord.kafka.retry-initial", "200ms");
        properties.put("accord.kafka.retry-max", "2s");
        properties.putAll(KafkaBrokers.QUIET_LOGS);
        return properties;
    }

    /** @return the positions of every committed record on the topic, partition by partition, in offset order */
    List<Long> positions(String topic) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))
                    && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                }
            }
        }
        records.sort(Comparator.<ConsumerRecord<String, byte[]>>comparingInt(ConsumerRecord::partition)
                .thenComparingLong(ConsumerRecord::offset));
        List<Long> positions = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                positions.add(JSON.readTree(record.value()).path("position").asLong());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return positions;
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
