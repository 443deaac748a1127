package accord.http.platform.persistence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How the event store reads and how streaming processors consume it ({@code accord.event-store.*}).
 *
 * @param batchSize          events read from the store per query
 * @param maxGapOffset       how far behind the newest event a missing global index is still awaited;
 *                           a transaction that commits later than this many newer events is never seen
 *                           by streaming processors
 * @param gapTimeout         how long a missing global index is awaited before it is treated as a
 *                           rolled-back transaction
 * @param fetchDelay         how long a processor waits before polling again when it has caught up;
 *                           it is woken at once by a commit on any node ({@link ProcessorWakeUp}), so
 *                           this bounds the delay only when the ledger's notifications are lost; it
 *                           is also how often idle pooled processors run ({@link SignallingStorageEngine}),
 *                           so keep it well below the token claim timeout minus the claim extension threshold
 * @param processorBatchSize events a streaming processor handles per transaction, for every processor
 *                           not configured under {@code axon.eventhandling.processors}
 * @param processorSegments  segments a new streaming processor starts with, for every processor not
 *                           configured under {@code axon.eventhandling.processors}; each segment
 *                           commits its own batches and its own token, so on a few cores more
 *                           segments cost CPU without adding throughput. Segments can be split later.
 * @param maxClaimedSegments the most segments of one streaming processor this node claims, for every
 *                           streaming processor (named or not). A node claims every unclaimed segment it
 *                           can, so with the default (32767, Axon's) the first node to start takes them
 *                           all and the others stand by until it stops; with several nodes and N
 *                           segments, {@code ceil(N / (nodes - 1))} splits the work and still lets the
 *                           remaining nodes take over every segment of a node that died
 */
@Validated
@ConfigurationProperties("accord.event-store")
public record EventStoreSettings(
        @DefaultValue("100") @Min(1) int batchSize,
        @DefaultValue("10000") @Min(1) int maxGapOffset,
        @DefaultValue("60s") @NotNull Duration gapTimeout,
        @DefaultValue("1s") @NotNull Duration fetchDelay,
        @DefaultValue("100") @Min(100) int processorBatchSize,
        @DefaultValue("1") @Min(1) int processorSegments,
        @DefaultValue("32767") @Min(1) int maxClaimedSegments) {
}
