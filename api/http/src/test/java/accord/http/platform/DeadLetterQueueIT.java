package accord.http.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import accord.http.platform.persistence.DeadLetterCount;
import accord.http.testsupport.AccordIntegrationTest;

@AccordIntegrationTest
class DeadLetterQueueIT {

    @Autowired
    ConnectionProvider connectionProvider;

    @Autowired
    TransactionManager transactionManager;

    @Autowired
    DeadLetterSchema deadLetterSchema;

    @Autowired
    Serializer serializer;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    DeadLetterCount deadLetterCount;

    @Test
    void deadLetterIsEnqueuedReadBackAndEvicted() {
        JdbcSequencedDeadLetterQueue<EventMessage<?>> queue = JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(ProbeProjection.GROUP)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(deadLetterSchema)
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
        String aggregateId = Probes.anyAggregateId();
        EventMessage<?> failed = new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(41), Probes.recorded(aggregateId, 0, "handler failed"));

        queue.enqueue(aggregateId, new GenericDeadLetter<>(aggregateId, failed,
                new IllegalStateException("projection table missing")));

        assertThat(queue.contains(aggregateId)).isTrue();
        assertThat(deadLetterCount.total()).isEqualTo(1);
        List<DeadLetter<? extends EventMessage<?>>> letters =
                StreamSupport.stream(queue.deadLetterSequence(aggregateId).spliterator(), false).toList();
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.message().getIdentifier()).isEqualTo(failed.getIdentifier());
            assertThat(letter.message().getPayload()).isEqualTo(new ProbeRecorded("handler failed"));
            assertThat(letter.cause()).hasValueSatisfying(cause ->
                    assertThat(cause.message()).isEqualTo("projection table missing"));
        });

        queue.evict(letters.get(0));

        assertThat(queue.contains(aggregateId)).isFalse();
        assertThat(queue.size()).isZero();
        assertThat(deadLetterCount.total()).isZero();
    }
}
