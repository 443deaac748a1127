package accord.http.webhooks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Webhooks ({@code accord.webhooks.*}, docs/webhooks.md).
 *
 * @param dispatch                 whether this node delivers; the API works either way (an API-only node)
 * @param allowPrivateTargets      whether targets on loopback, link-local and private networks are
 *                                 allowed: only for tests and closed networks
 * @param timeout                  how long a target has to accept the connection, and again to answer
 * @param maxFailures              consecutive failed attempts after which a subscription pauses
 * @param backoffBase              the longest wait after the first failure; it doubles with each failure
 * @param backoffMax               the longest wait ever; the actual wait is random below the ceiling
 * @param workers                  subscriptions this node delivers at the same time
 * @param batchSize                events delivered to one subscription before others get their turn
 * @param deliveryLogSize          attempts kept in each subscription's delivery log
 * @param lease                    how long a node holds a subscription without renewing; at least
 *                                 three times the timeout is used
 * @param pollInterval             how often retries that became due and changes made on other nodes
 *                                 are looked for (the ledger's growth wakes the dispatcher at once)
 * @param shutdownGrace            how long a stopping node lets deliveries in flight finish
 * @param secretOverlap            how long a rotated-out secret still signs deliveries beside the new one
 * @param maxSubscriptionsPerOwner how many subscriptions one user may have
 * @param node                     the name of this node's leases; by default host name, process id and a
 *                                 random suffix, unique for every start
 */
@Validated
@ConfigurationProperties("accord.webhooks")
public record WebhookSettings(
        @DefaultValue("true") boolean dispatch,
        @DefaultValue("false") boolean allowPrivateTargets,
        @DefaultValue("10s") @NotNull Duration timeout,
        @DefaultValue("15") @Min(1) @Max(1000) int maxFailures,
        @DefaultValue("5s") @NotNull Duration backoffBase,
        @DefaultValue("1h") @NotNull Duration backoffMax,
        @DefaultValue("4") @Min(1) @Max(64) int workers,
        @DefaultValue("100") @Min(1) @Max(1000) int batchSize,
        @DefaultValue("1000") @Min(1) @Max(1_000_000) int deliveryLogSize,
        @DefaultValue("30s") @NotNull Duration lease,
        @DefaultValue("1s") @NotNull Duration pollInterval,
        @DefaultValue("5s") @NotNull Duration shutdownGrace,
        @DefaultValue("24h") @NotNull Duration secretOverlap,
        @DefaultValue("100") @Min(1) int maxSubscriptionsPerOwner,
        String node) {
}
