package accord.http.kafka;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Kafka publication ({@code accord.kafka.*}, docs/kafka.md).
 *
 * @param enabled           whether events are published to Kafka; off by default
 * @param bootstrapServers  the brokers, {@code host:port,...}; required when enabled
 * @param topic             the topic every event is published to
 * @param transactionalId   the producer's {@code transactional.id}, the same on every node of this
 *                          ledger and used by nothing else; by default {@code accord-publisher.<topic>}
 * @param createTopic       whether the publisher creates the topic when it is missing
 * @param partitions        how many partitions a created topic has
 * @param replicationFactor how many replicas a created topic has; -1 for the broker's default
 * @param batchSize         how many events one Kafka transaction carries at most
 * @param lease             how long a node's claim to be the one publisher lasts unless renewed (every
 *                          third of it); when a node stops answering, another takes over after this
 * @param retryInitial      the pause after a first failure (broker unreachable, say); it doubles with
 *                          each failure in a row
 * @param retryMax          the longest pause between attempts
 * @param timeout           how long creating the topic and finding where publication stopped may take
 * @param stallAfter        how long events may wait with nothing published before health is DOWN
 * @param properties        further Kafka client settings, passed to the producer, the consumer and
 *                          the admin client as each knows them: security, TLS, SASL, timeouts,
 *                          compression. Not those exactly-once publication rests on (transactional
 *                          id, idempotence, acks, isolation level, serializers), which are refused
 */
@Validated
@ConfigurationProperties("accord.kafka")
public record KafkaSettings(
        @DefaultValue("false") boolean enabled,
        String bootstrapServers,
        @DefaultValue("accord.agreement-events") @NotBlank String topic,
        String transactionalId,
        @DefaultValue("true") boolean createTopic,
        @DefaultValue("6") @Min(1) int partitions,
        @DefaultValue("-1") @Min(-1) @Max(Short.MAX_VALUE) int replicationFactor,
        @DefaultValue("500") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("15s") @NotNull Duration lease,
        @DefaultValue("1s") @NotNull Duration retryInitial,
        @DefaultValue("30s") @NotNull Duration retryMax,
        @DefaultValue("30s") @NotNull Duration timeout,
        @DefaultValue("60s") @NotNull Duration stallAfter,
        @DefaultValue Map<String, String> properties) {

    /** @return the transactional id, or the default one for the topic */
    public String effectiveTransactionalId() {
        return transactionalId == null || transactionalId.isBlank() ? "accord-publisher." + topic : transactionalId;
    }
}
