package accord.http.platform.persistence;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where streaming processors keep their progress, and how processors that are not named under
 * {@code axon.eventhandling.processors} run: pooled streaming with a batch of at least 100 events
 * per transaction (Axon's default of one makes replays about three times slower), in one segment
 * unless told otherwise (Axon's default of 16 split live traffic into batches of one event, each
 * with its own transaction and token update).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EventStoreSettings.class, TokenStoreProperties.class})
public class TrackingConfiguration {

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    /** Declared here, not left to Axon's auto-configuration, so that adding JPA never swaps it. */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider,
                                 Serializer serializer,
                                 TokenSchema tokenSchema,
                                 TokenStoreProperties tokenStoreProperties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .contentType(byte[].class)
                .claimTimeout(tokenStoreProperties.getClaimTimeout())
                .build();
    }

    /** An {@link Error} from an event handler fails its event like an exception, instead of stopping a segment for good. */
    @Bean
    public EventHandlerErrorGuard eventHandlerErrorGuard() {
        return new EventHandlerErrorGuard();
    }

    @Autowired
    public void useBatchedPooledProcessors(EventProcessingConfigurer eventProcessing, EventStoreSettings settings) {
        eventProcessing
                .usingPooledStreamingEventProcessors()
                .registerPooledStreamingEventProcessorConfiguration(
                        (configuration, builder) -> builder.batchSize(settings.processorBatchSize())
                                .initialSegmentCount(settings.processorSegments())
                                .maxClaimedSegments(settings.maxClaimedSegments()));
    }
}
