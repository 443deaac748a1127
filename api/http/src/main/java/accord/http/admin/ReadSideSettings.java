package accord.http.admin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * When the read side counts as unhealthy ({@code accord.health.*}).
 *
 * @param stallAfter how long a processor may stay at one position while events wait for it before
 *                   it counts as stalled
 */
@Validated
@ConfigurationProperties("accord.health")
public record ReadSideSettings(@DefaultValue("30s") @NotNull Duration stallAfter) {
}
