package accord.http.kafka;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** In-process single-node KRaft brokers, with what transactions need on one node. */
public final class KafkaBrokers {

    /** What the service's log and the broker's keep quiet about in these tests. */
    public static final Map<String, String> QUIET_LOGS = Map.of(
            "logging.level.kafka", "WARN",
            "logging.level.org.apache.kafka", "WARN",
            "logging.level.org.apache.kafka.clients.NetworkClient", "ERROR",
            "logging.level.state.change.logger", "WARN");

    private KafkaBrokers() {
    }

    /** @return a running broker on a port of its own choosing */
    public static EmbeddedKafkaKraftBroker start() {
        return start(Map.of());
    }

    /** @return a running broker listening on this port of localhost */
    static EmbeddedKafkaKraftBroker startOn(int port) {
        return start(Map.of("listeners", "EXTERNAL://localhost:" + port + ",CONTROLLER://localhost:0"));
    }

    private static EmbeddedKafkaKraftBroker start(Map<String, String> more) {
        QUIET_LOGS.forEach((property, level) -> ((Logger) LoggerFactory.getLogger(
                property.substring("logging.level.".length()))).setLevel(Level.toLevel(level)));
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("transaction.state.log.num.partitions", "1");
        properties.put("offsets.topic.replication.factor", "1");
        // The publisher creates its topic; nothing is created by a client asking for it.
        properties.put("auto.create.topics.enable", "false");
        properties.putAll(more);
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperties(properties);
        broker.afterPropertiesSet();
        return broker;
    }
}
