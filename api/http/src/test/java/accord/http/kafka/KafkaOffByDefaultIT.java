package accord.http.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service as it starts with nothing said about Kafka, and no broker anywhere: no publisher,
 * no Kafka client or Spring Kafka bean, no {@code kafka} health contributor, no lag gauge.
 */
@AccordIntegrationTest
class KafkaOffByDefaultIT {

    @Autowired
    ConfigurableApplicationContext context;
    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @Test
    void noKafkaBeanExists() {
        assertThat(Arrays.stream(context.getBeanDefinitionNames())
                .map(name -> name + " " + context.getType(name))
                .filter(bean -> bean.toLowerCase().contains("kafka")))
                .as("beans of Kafka, Spring Kafka or Accord's publisher")
                .isEmpty();
        assertThat(context.getBeansOfType(accord.query.kafka.KafkaPublisher.class)).isEmpty();
    }

    @Test
    void healthAndMetricsSayNothingOfKafka() throws Exception {
        ServiceClient client = new ServiceClient(port, json);

        String health = client.get(TestUsers.ADMIN, "/actuator/health").body();
        assertThat(json.readTree(health).path("components").has("kafka")).as(health).isFalse();
        assertThat(client.get(TestUsers.ADMIN, "/actuator/metrics/accord.kafka.lag").statusCode()).isEqualTo(404);
    }

    @Test
    void noPublisherThreadRuns() {
        assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName))
                .noneMatch(name -> name.startsWith("accord-kafka-publisher") || name.startsWith("kafka-producer"));
    }
}
