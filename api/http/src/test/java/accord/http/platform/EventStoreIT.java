package accord.http.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import accord.http.testsupport.AccordIntegrationTest;

@AccordIntegrationTest
class EventStoreIT {

    @Autowired
    EventStorageEngine storageEngine;

    @Test
    void secondAppendAtTheSameSequenceIsAConcurrencyConflict() {
        String aggregateId = Probes.anyAggregateId();
        storageEngine.appendEvents(Probes.recorded(aggregateId, 0, "proposed"));
        storageEngine.appendEvents(Probes.recorded(aggregateId, 1, "signed by the first clerk"));

        assertThatThrownBy(() -> storageEngine.appendEvents(Probes.recorded(aggregateId, 1, "signed by another")))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(storageEngine.readEvents(aggregateId).asStream().<Object>map(DomainEventMessage::getPayload))
                .containsExactly(new ProbeRecorded("proposed"), new ProbeRecorded("signed by the first clerk"));
    }

    @Test
    void secondCreationOfTheSameAggregateIsRefused() {
        String aggregateId = Probes.anyAggregateId();
        storageEngine.appendEvents(Probes.recorded(aggregateId, 0, "proposed"));

        assertThatThrownBy(() -> storageEngine.appendEvents(Probes.recorded(aggregateId, 0, "proposed again")))
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void eventsOfAnAggregateAreReadBackInSequence() {
        String aggregateId = Probes.anyAggregateId();
        storageEngine.appendEvents(List.of(
                Probes.recorded(aggregateId, 0, "proposed"),
                Probes.recorded(aggregateId, 1, "signed")));

        assertThat(storageEngine.readEvents(aggregateId).asStream().<Object>map(DomainEventMessage::getPayload))
                .containsExactly(new ProbeRecorded("proposed"), new ProbeRecorded("signed"));
    }

    @Test
    void snapshotSerializerKeepsPrivateFieldsOfUnannotatedObjects() {
        Serializer snapshots = ((JdbcEventStorageEngine) storageEngine).getSnapshotSerializer();
        ProbeState state = new ProbeState("kr-blackrock-ai-datacentre-mou", 3, LocalDate.of(2025, 9, 22),
                List.of(new ProbeRecorded("MoU signed")));

        SerializedObject<byte[]> serialized = snapshots.serialize(state, byte[].class);
        ProbeState restored = snapshots.deserialize(serialized);

        assertThat(new String(serialized.getData())).contains("\"history\"").doesNotContain("describe");
        assertThat(restored.describe()).isEqualTo(state.describe());
    }

    @Test
    void storedSnapshotIsReadBack() {
        String aggregateId = Probes.anyAggregateId();
        ProbeState state = new ProbeState(aggregateId, 7, LocalDate.of(2025, 11, 14), List.of());
        storageEngine.storeSnapshot(Snapshots.of(aggregateId, 7, state));

        assertThat(storageEngine.readSnapshot(aggregateId))
                .hasValueSatisfying(snapshot -> assertThat(((ProbeState) snapshot.getPayload()).describe())
                        .isEqualTo(state.describe()));
    }
}
