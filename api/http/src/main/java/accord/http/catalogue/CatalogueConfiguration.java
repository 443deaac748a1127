package accord.http.catalogue;

import accord.http.feed.FeedSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    @Bean
    public AsyncApiDocument asyncApiDocument(EventSchemas eventSchemas, FeedSettings settings, ObjectMapper json) {
        return AsyncApiDocument.of(eventSchemas, settings.publicUrl(), settings.schemaBase(),
                AsyncApiDocument.DEFAULT_KAFKA_TOPIC, json);
    }
}
