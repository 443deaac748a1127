package accord.http.feed;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The event feeds ({@code accord.feed.*}).
 *
 * @param publicUrl        the service's public base URL, as integrators reach it: every CloudEvent's
 *                         {@code dataschema} is {@code <publicUrl>/schemas/events/<Type>.v<n>.json}
 * @param pollInterval     how often the ledger's size is read when no notification says it grew
 *                         (on H2, the only way to notice; on PostgreSQL a safety net)
 * @param heartbeat        how often an idle stream sends a comment, so proxies keep it open and
 *                         clients notice a dead connection
 * @param retry            the reconnection delay the stream asks clients to wait ({@code retry:})
 * @param maxStreams       how many streams a node serves at once; more are refused with 503
 * @param streamBatch      how many events a stream reads at a time while it catches up
 */
@Validated
@ConfigurationProperties("accord.feed")
public record FeedSettings(
        @DefaultValue("http://localhost:8080") @NotNull URI publicUrl,
        @DefaultValue("250ms") @NotNull Duration pollInterval,
        @DefaultValue("15s") @NotNull Duration heartbeat,
        @DefaultValue("2s") @NotNull Duration retry,
        @DefaultValue("256") @Min(1) int maxStreams,
        @DefaultValue("500") @Min(1) @Max(10_000) int streamBatch) {

    /** @return where the event schemas are served, ending in a slash */
    public URI schemaBase() {
        String base = publicUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "schemas/events/");
    }
}
