package accord.query.webhooks;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: after the n-th consecutive failure the next attempt waits a
 * uniformly random time between zero and {@code min(max, base × 2^(n-1))}. The randomness spreads
 * the retries of many subscriptions to one receiver that comes back, instead of sending them all at
 * the same instant.
 *
 * @param base the ceiling after the first failure
 * @param max  the ceiling never exceeded
 */
public record Backoff(Duration base, Duration max) {

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("the backoff base must be positive, not " + base);
        }
        if (max.compareTo(base) < 0) {
            throw new IllegalArgumentException("the backoff maximum " + max + " is below its base " + base);
        }
    }

    /** @return the longest wait after this many consecutive failures (at least 1) */
    public Duration ceiling(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures count from 1, not " + failures);
        }
        // base × 2^(failures-1) without overflow: stop doubling once past max.
        Duration ceiling = base;
        for (int doubling = 1; doubling < failures && ceiling.compareTo(max) < 0; doubling++) {
            ceiling = ceiling.multipliedBy(2);
        }
        return ceiling.compareTo(max) < 0 ? ceiling : max;
    }

    /** @return how long to wait after this many consecutive failures (at least 1) */
    public Duration delay(int failures, RandomGenerator random) {
        long ceilingMillis = ceiling(failures).toMillis();
        return Duration.ofMillis(random.nextLong(ceilingMillis + 1));
    }
}
