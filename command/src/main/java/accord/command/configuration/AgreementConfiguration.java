package accord.command.configuration;

import accord.command.agreement.Agreement;
import accord.command.agreement.AgreementIdTargetResolver;
import accord.command.agreement.UnknownAgreementRefusal;
import accord.command.recording.RecordingCorrelation;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the {@link Agreement} aggregate with Axon and the pieces around it.
 *
 * <p>The aggregate carries no Spring stereotype, so Axon's Spring lookup does not register it a
 * second time: the {@link ConfigurerModule} below is its only registration, applied by Axon's
 * Spring Boot auto-configuration to the one {@code SpringConfigurer}.
 */
@Configuration(proxyBeanMethods = false)
public class AgreementConfiguration {

    /**
     * The factory the aggregate's repository and the snapshotter share. Spring Boot's
     * {@code SpringAggregateSnapshotter} finds aggregate factories only among beans; without this
     * bean every snapshot attempt fails with "Aggregate Type is unknown in this snapshotter".
     */
    @Bean
    public AggregateFactory<Agreement> agreementFactory() {
        return new GenericAggregateFactory<>(Agreement.class);
    }

    /**
     * The aggregate, routed by {@code agreementId()}, snapshotted every {@code accord.snapshots.threshold}
     * events, and cached: a command on an agreement in the cache does not read its events again.
     * The cache is safe with several nodes: an append that loses the race for a sequence number
     * fails on the event table's unique key, the unit of work rolls back and evicts the entry,
     * and the next command loads the agreement afresh.
     */
    /** The agreements kept in memory: at most {@code accord.aggregate-cache.maximum-size} of them. */
    @Bean
    AgreementCache agreementCache(@Value("${accord.aggregate-cache.maximum-size:10000}") long maximumSize) {
        return new AgreementCache(maximumSize);
    }

    @Bean
    public ConfigurerModule agreementAggregate(AggregateFactory<Agreement> agreementFactory, AgreementCache agreementCache,
                                               @Value("${accord.snapshots.threshold:50}") int snapshotThreshold) {
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(Agreement.class)
                        .configureAggregateFactory(c -> agreementFactory)
                        .configureCommandTargetResolver(c -> new AgreementIdTargetResolver())
                        .configureCache(c -> agreementCache.cache())
                        .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(
                                c.snapshotter(), snapshotThreshold)));
    }

    /** Registered on the command bus by Axon's interceptor auto-configuration. */
    @Bean
    public UnknownAgreementRefusal unknownAgreementRefusal() {
        return new UnknownAgreementRefusal();
    }

    /** Replaces Axon's default {@code MessageOriginProvider}, which is only created when no provider exists. */
    @Bean
    public CorrelationDataProvider recordingCorrelation() {
        return new RecordingCorrelation();
    }
}
