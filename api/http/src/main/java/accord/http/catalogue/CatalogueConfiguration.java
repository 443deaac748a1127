package accord.http.catalogue;

import accord.http.feed.FeedSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads the event schemas and generates the AsyncAPI document once, when the service starts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedSettings.class)
public class CatalogueConfiguration {

    @Bean
    public EventSchemas eventSchemas(ObjectMapper json) {
        return EventSchemas.load(json);
    }

    /**
     * @param kafkaTopic the topic the Kafka publisher writes to ({@code accord.kafka.topic}), read here
     *                   whether or not publication is on, so the document names the configured topic
     */
    @Bean
    public AsyncApiDocument asyncApiDocument(EventSchemas eventSchemas, FeedSettings settings, ObjectMapper json,
            @Value("${accord.kafka.topic:" + AsyncApiDocument.DEFAULT_KAFKA_TOPIC + "}") String kafkaTopic) {
        return AsyncApiDocument.of(eventSchemas, settings.publicUrl(), settings.schemaBase(), kafkaTopic, json);
    }
}
