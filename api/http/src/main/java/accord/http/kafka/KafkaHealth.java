package accord.http.kafka;

import accord.query.kafka.KafkaPublisher;
import accord.query.kafka.PublisherState;
import accord.query.kafka.PublisherStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code kafka} health contributor: DOWN while this node's attempts to publish fail (broker
 * unreachable, topic missing), or when events have waited longer than {@code stall-after} with
 * nothing published, whichever node should publish them. Details (shown to ADMIN) give the topic,
 * the last published position, the lag and the publishing node.
 */
public class KafkaHealth extends AbstractHealthIndicator {

    private final KafkaPublisher publisher;
    private final Duration stallAfter;
    private final Clock clock;

    KafkaHealth(KafkaPublisher publisher, Duration stallAfter, Clock clock) {
        super("Could not read the state of Kafka publication");
        this.publisher = publisher;
        this.stallAfter = stallAfter;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        PublisherStatus status = publisher.status();
        long lag = publisher.lag();
        List<String> reasons = new ArrayList<>();
        if (status.state() == PublisherState.FAILING) {
            reasons.add("publishing failed: " + status.failure());
        }
        if (lag > 0 && Duration.between(status.progressedAt(), clock.instant()).compareTo(stallAfter) > 0) {
            reasons.add(lag + " event(s) have waited since " + status.progressedAt() + " with nothing published after"
                    + " position " + status.published());
        }
        (reasons.isEmpty() ? builder.up() : builder.down())
                .withDetail("topic", publisher.topic())
                .withDetail("state", status.state())
                .withDetail("published", status.published())
                .withDetail("lag", lag)
                .withDetail("progressedAt", status.progressedAt())
                .withDetail("reasons", reasons);
        if (status.leader() != null) {
            builder.withDetail("leader", status.leader());
        }
    }
}
