package accord.http.idempotency;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Idempotency keys ({@code accord.idempotency.*}).
 *
 * @param retention     how long a key and its answer are kept: a retry within it gets the answer again
 * @param claimTimeout  how long a request may hold its key without answering before another request with
 *                      the same key may run (its node is taken to have stopped); longer than any command takes
 * @param purgeInterval how often expired keys are deleted
 */
@Validated
@ConfigurationProperties("accord.idempotency")
public record IdempotencySettings(
        @DefaultValue("24h") @NotNull Duration retention,
        @DefaultValue("1m") @NotNull Duration claimTimeout,
        @DefaultValue("1h") @NotNull Duration purgeInterval) {
}
