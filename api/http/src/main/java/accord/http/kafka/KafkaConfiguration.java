package accord.http.kafka;

import accord.query.feed.AgreementCloudEvents;
import accord.query.feed.AgreementFeed;
import accord.query.feed.LedgerTail;
import accord.query.kafka.KafkaPublisher;
import accord.query.kafka.KafkaTopic;
import accord.query.kafka.PublicationLease;
import accord.query.kafka.PublisherOptions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.CommonClientConfigs;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Kafka publication, only when {@code accord.kafka.enabled=true}: otherwise no Kafka client is
 * created and nothing waits for a broker. The publisher uses Kafka's own clients, not Spring Kafka,
 * which is on no class path: Spring Boot's Kafka auto-configuration never applies and
 * {@code spring.kafka.*} means nothing here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "accord.kafka", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(KafkaSettings.class)
public class KafkaConfiguration {

    /** Started with the service; it runs on its own thread and only reads committed events. */
    @Bean(initMethod = "start", destroyMethod = "close")
    public KafkaPublisher kafkaPublisher(AgreementFeed feed, AgreementCloudEvents cloudEvents, LedgerTail ledgerTail,
                                         JdbcTemplate jdbc, KafkaSettings settings) {
        if (settings.bootstrapServers() == null || settings.bootstrapServers().isBlank()) {
            throw new IllegalStateException("accord.kafka.enabled is true but accord.kafka.bootstrap-servers names "
                    + "no broker");
        }
        Map<String, Object> clients = new HashMap<>(settings.properties());
        clients.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        PublisherOptions options = new PublisherOptions(
                new KafkaTopic(settings.topic(), settings.createTopic(), settings.partitions(),
                        (short) settings.replicationFactor()),
                settings.effectiveTransactionalId(), clients, settings.batchSize(), settings.lease(),
                settings.retryInitial(), settings.retryMax(), settings.timeout());
        PublicationLease lease = new PublicationLease(jdbc, settings.topic(), nodeName(), settings.lease());
        return new KafkaPublisher(feed, cloudEvents, ledgerTail, lease, options, Clock.systemUTC());
    }

    /** The {@code kafka} health contributor. */
    @Bean
    public KafkaHealth kafka(KafkaPublisher kafkaPublisher, KafkaSettings settings) {
        return new KafkaHealth(kafkaPublisher, settings.stallAfter(), Clock.systemUTC());
    }

    /** {@code accord.kafka.lag}: committed events not yet known to be published, on any node. */
    @Bean
    public MeterBinder kafkaLag(KafkaPublisher kafkaPublisher) {
        return meters -> Gauge.builder("accord.kafka.lag", kafkaPublisher, KafkaPublisher::lag)
                .tag("topic", kafkaPublisher.topic())
                .baseUnit("events")
                .description("Committed events not yet known to be published to Kafka")
                .register(meters);
    }

    /** A name for this node's claims on the lease: its host, process and a random part, new at each start. */
    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unnamed) {
            host = "unknown-host";
        }
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return host + "/" + ProcessHandle.current().pid() + "/" + HexFormat.of().formatHex(random);
    }
}
