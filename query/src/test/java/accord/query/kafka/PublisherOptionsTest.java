package accord.query.kafka;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublisherOptionsTest {

    private static final KafkaTopic TOPIC = new KafkaTopic("accord.agreement-events", true, 6, (short) -1);

    @Test
    void refusesSettingsThatExactlyOncePublicationRestsOn() {
        for (String reserved : PublisherOptions.RESERVED) {
            assertThatThrownBy(() -> options(Map.of("bootstrap.servers", "localhost:9092", reserved, "x")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(reserved);
        }
    }

    @Test
    void needsBootstrapServers() {
        assertThatThrownBy(() -> options(Map.of("security.protocol", "SSL")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bootstrap.servers");
    }

    @Test
    void refusesATopicWithoutPartitionsOrReplicas() {
        assertThatThrownBy(() -> new KafkaTopic("t", true, 0, (short) -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KafkaTopic("t", true, 1, (short) 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static PublisherOptions options(Map<String, Object> clients) {
        return new PublisherOptions(TOPIC, "accord-publisher", clients, 500, Duration.ofSeconds(15),
                Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(30));
    }
}
