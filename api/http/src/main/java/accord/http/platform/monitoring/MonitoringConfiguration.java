package accord.http.platform.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's meters, reduced to the one that nothing else provides. Axon's auto-configured monitors
 * ({@code axon.metrics.auto-configuration.enabled}, switched off in {@code application.yaml}) time
 * and count every command, every published event and every handled event, looking meters up per
 * message: about 5% of the service's CPU per command in the benchmark's profile. Commands are
 * already timed per endpoint by {@code http.server.requests}; how far the event processors lag
 * behind the event store, and so how stale reads may be, only Axon can tell.
 */
@Configuration(proxyBeanMethods = false)
public class MonitoringConfiguration {

    /**
     * A gauge per event processor, {@code <processor>.latency} (e.g. {@code agreement-state.latency}):
     * milliseconds between an event's recording and its handling.
     */
    @Bean
    @SuppressWarnings("unchecked")
    public ConfigurerModule eventProcessorLatency(MeterRegistry meters) {
        return configurer -> configurer.configureMessageMonitor(EventProcessor.class,
                (configuration, componentType, processorName) -> (MessageMonitor<Message<?>>) (MessageMonitor<?>)
                        EventProcessorLatencyMonitor.buildMonitor(processorName, meters));
    }
}
