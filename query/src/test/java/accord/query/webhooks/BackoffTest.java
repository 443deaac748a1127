package accord.query.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1));

    @Test
    void theCeilingDoublesWithEachFailureUpToTheMaximum() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.ceiling(10)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(backoff.ceiling(11)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.ceiling(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void delaysAreSpreadOverTheWholeRangeBelowTheCeiling() {
        RandomGenerator random = new Random(20251029L);
        for (int failures = 1; failures <= 15; failures++) {
            Duration ceiling = backoff.ceiling(failures);
            long shortest = Long.MAX_VALUE;
            long longest = 0;
            for (int draw = 0; draw < 2000; draw++) {
                long millis = backoff.delay(failures, random).toMillis();
                assertThat(millis).isBetween(0L, ceiling.toMillis());
                shortest = Math.min(shortest, millis);
                longest = Math.max(longest, millis);
            }
            // Full jitter: some retries come almost at once, others near the ceiling.
            assertThat(shortest).as("failure %d", failures).isLessThan(ceiling.toMillis() / 10);
            assertThat(longest).as("failure %d", failures).isGreaterThan(ceiling.toMillis() * 9 / 10);
        }
    }

    @Test
    void refusesAZeroBaseOrAMaximumBelowIt() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.ceiling(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
