package accord.query.webhooks;

import java.time.Duration;
import java.util.Objects;

/**
 * How the dispatcher delivers.
 *
 * @param timeout       how long a target has to answer a delivery
 * @param maxFailures   consecutive failures after which a subscription pauses
 * @param backoff       the wait between failed attempts
 * @param batchSize     events delivered to one subscription in one turn before others get theirs
 * @param logSize       attempts kept in each subscription's delivery log
 * @param lease         how long a node holds a subscription without renewing its lease; at least
 *                      three times the timeout is used, so that a request, which may take twice the
 *                      timeout (to connect, then to answer), never outlasts the lease
 * @param pollInterval  how often due retries and changes made on other nodes are looked for
 * @param workers       subscriptions delivered at the same time on this node
 * @param shutdownGrace how long a stopping node lets deliveries in flight finish before it abandons them
 */
public record DeliveryPolicy(Duration timeout, int maxFailures, Backoff backoff, int batchSize, int logSize,
                             Duration lease, Duration pollInterval, int workers, Duration shutdownGrace) {

    public DeliveryPolicy {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (maxFailures < 1 || batchSize < 1 || logSize < 1 || workers < 1) {
            throw new IllegalArgumentException("maxFailures, batchSize, logSize and workers must be positive");
        }
    }

    /** @return the lease actually taken: the configured one, or three times the timeout when that is longer */
    public Duration effectiveLease() {
        Duration shortest = timeout.multipliedBy(3);
        return lease.compareTo(shortest) >= 0 ? lease : shortest;
    }
}
