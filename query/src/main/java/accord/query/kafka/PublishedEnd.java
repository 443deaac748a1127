package accord.query.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Finds the last event published to a topic in a committed transaction, from the topic itself.
 *
 * <p>Run by a consumer that reads committed records only ({@code isolation.level=read_committed}),
 * after the producer's {@code initTransactions()}: by then any transaction an earlier producer left
 * open is aborted or committed, so the committed records are all there will be. One producer
 * publishes positions in order, a transaction after the previous one committed, so the highest
 * position among the partitions' last records is the last published event and every event before
 * it is published too. Each partition is read backwards from its end, in windows that grow, past
 * commit markers and aborted records, which take offsets but are never returned.
 */
final class PublishedEnd {

    private static final long FIRST_WINDOW = 16;
    private static final long LARGEST_WINDOW = 1 << 20;
    private static final Duration POLL = Duration.ofMillis(200);

    private PublishedEnd() {
    }

    /**
     * @param consumer a consumer reading committed records only, assigned to nothing
     * @param topic    the topic
     * @param timeout  how long the search may take
     * @return the event with the highest ledger position in the topic, or empty when it holds none
     * @throws IllegalStateException when the topic does not exist
     * @throws TimeoutException      when the search took longer than the timeout
     */
    static Optional<PublishedEvent> last(Consumer<byte[], byte[]> consumer, String topic, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, timeout);
        if (partitions == null || partitions.isEmpty()) {
            throw new IllegalStateException("The Kafka topic " + topic + " does not exist");
        }
        List<TopicPartition> topicPartitions = partitions.stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
        // For a read_committed consumer the end is the last stable offset: no open transaction lies below it.
        Map<TopicPartition, Long> ends = consumer.endOffsets(topicPartitions, timeout);
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(topicPartitions, timeout);
        Optional<PublishedEvent> last = Optional.empty();
        for (TopicPartition partition : topicPartitions) {
            Optional<PublishedEvent> found = lastIn(consumer, partition, beginnings.get(partition),
                    ends.get(partition), deadline);
            if (found.isPresent() && (last.isEmpty() || found.get().position() > last.get().position())) {
                last = found;
            }
        }
        consumer.unsubscribe();
        return last;
    }

    private static Optional<PublishedEvent> lastIn(Consumer<byte[], byte[]> consumer, TopicPartition partition,
                                                   long beginning, long end, Instant deadline) {
        long window = FIRST_WINDOW;
        long to = end;
        while (to > beginning) {
            long from = Math.max(beginning, to - window);
            Optional<PublishedEvent> found = highestBetween(consumer, partition, from, to, deadline);
            if (found.isPresent()) {
                return found;
            }
            to = from;
            window = Math.min(window * 4, LARGEST_WINDOW);
        }
        return Optional.empty();
    }

    private static Optional<PublishedEvent> highestBetween(Consumer<byte[], byte[]> consumer,
                                                           TopicPartition partition, long from, long to,
                                                           Instant deadline) {
        consumer.assign(List.of(partition));
        consumer.seek(partition, from);
        Optional<PublishedEvent> highest = Optional.empty();
        while (consumer.position(partition) < to) {
            if (Instant.now().isAfter(deadline)) {
                throw new TimeoutException("Reading " + partition + " from offset " + from + " to " + to
                        + " took too long");
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                if (record.offset() < to) {
                    Optional<PublishedEvent> event = CloudEventRecords.event(record.value());
                    if (event.isPresent() && (highest.isEmpty() || event.get().position() > highest.get().position())) {
                        highest = event;
                    }
                }
            }
        }
        return highest;
    }
}
