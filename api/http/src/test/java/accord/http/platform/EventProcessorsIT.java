package accord.http.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.test.util.ReflectionTestUtils;

import accord.http.testsupport.AccordIntegrationTest;

@AccordIntegrationTest
@Import(ProbeProjection.class)
class EventProcessorsIT {

    private static final int MINIMUM_BATCH = 100;

    @Autowired
    Configuration axon;

    @Autowired
    EventStore eventStore;

    @Autowired
    ProbeProjection probe;

    @Value("${axon.eventhandling.processors.agreement-state.batch-size}")
    int agreementStateBatchSize;

    @Test
    void everyStreamingProcessorHandlesAtLeastAHundredEventsPerBatch() {
        Map<String, EventProcessor> processors = processing().eventProcessors();

        assertThat(processors).containsKey(ProbeProjection.GROUP);
        processors.forEach((name, processor) -> {
            if (!(processor instanceof SubscribingEventProcessor)) {
                assertThat(batchSizeOf(processor)).as("batch size of %s", name).isGreaterThanOrEqualTo(MINIMUM_BATCH);
            }
        });
    }

    @Test
    void processorsNobodyConfiguredArePooledStreamingProcessors() {
        assertThat(processing().eventProcessor(ProbeProjection.GROUP))
                .hasValueSatisfying(processor -> assertThat(processor).isInstanceOf(PooledStreamingEventProcessor.class));
    }

    @Test
    void agreementStateIsConfiguredForBatchesAndDeadLetters() {
        assertThat(agreementStateBatchSize).isGreaterThanOrEqualTo(MINIMUM_BATCH);
        processing().eventProcessor("agreement-state").ifPresent(processor -> {
            assertThat(processor).isInstanceOf(PooledStreamingEventProcessor.class);
            assertThat(batchSizeOf(processor)).isGreaterThanOrEqualTo(MINIMUM_BATCH);
            assertThat(processing().deadLetterQueue("agreement-state")).isPresent();
        });
    }

    @Test
    void probeProcessorReceivesAppendedEvents() {
        ProbeRecorded recorded = new ProbeRecorded("seen by the probe");
        eventStore.publish(Probes.recorded(Probes.anyAggregateId(), 0, recorded.note()));

        await().atMost(Duration.ofSeconds(20)).until(() -> probe.hasSeen(recorded));
    }

    private EventProcessingConfiguration processing() {
        return axon.eventProcessingConfiguration();
    }

    private static int batchSizeOf(EventProcessor processor) {
        Object batchSize = ReflectionTestUtils.getField(processor, "batchSize");
        assertThat(batchSize).as("%s keeps a batch size", processor.getClass().getSimpleName()).isNotNull();
        return (Integer) batchSize;
    }
}
