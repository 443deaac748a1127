package accord.query.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * How the publisher works.
 *
 * @param topic           where events go
 * @param transactionalId the producer's {@code transactional.id}: the same on every node of one
 *                        ledger, so a node that takes over fences the producer of one that stopped
 *                        answering, and that producer can commit nothing more
 * @param clients         Kafka client settings for the producer, the consumer that finds where
 *                        publication stopped and the admin client that creates the topic
 *                        ({@code bootstrap.servers}, security, timeouts); not the ones that
 *                        publication's guarantees rest on, which the publisher sets itself
 * @param batchSize       how many events one Kafka transaction carries at most
 * @param lease           how long a node's claim to publish lasts unless renewed; another node
 *                        takes over after it lapses
 * @param retryInitial    the first pause after a failure; it doubles with each failure in a row
 * @param retryMax        the longest pause after a failure
 * @param recoveryTimeout how long finding the last published event may take before it counts as a failure
 */
public record PublisherOptions(KafkaTopic topic, String transactionalId, Map<String, Object> clients, int batchSize,
                               Duration lease, Duration retryInitial, Duration retryMax, Duration recoveryTimeout) {

    /** What the publisher sets itself: exactly-once publication depends on them. */
    public static final Set<String> RESERVED = Set.of(
            ProducerConfig.TRANSACTIONAL_ID_CONFIG, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            ProducerConfig.ACKS_CONFIG, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, ConsumerConfig.GROUP_ID_CONFIG,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG);

    public PublisherOptions {
        clients = Map.copyOf(clients);
        if (transactionalId == null || transactionalId.isBlank()) {
            throw new IllegalArgumentException("the publisher needs a transactional id");
        }
        Object servers = clients.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        if (!(servers instanceof String named) || named.isBlank()) {
            throw new IllegalArgumentException("the publisher needs " + CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        }
        for (String reserved : RESERVED) {
            if (clients.containsKey(reserved)) {
                throw new IllegalArgumentException(reserved + " is set by the publisher: exactly-once publication "
                        + "depends on it");
            }
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be positive, not " + batchSize);
        }
        requirePositive("lease", lease);
        requirePositive("retryInitial", retryInitial);
        requirePositive("retryMax", retryMax);
        requirePositive("recoveryTimeout", recoveryTimeout);
    }

    private static void requirePositive(String name, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, not " + duration);
        }
    }
}
