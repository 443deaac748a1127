package accord.http.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import accord.http.testsupport.AccordContexts;

class RestartOnPostgreSqlIT {

    @Test
    void eventsAndSnapshotsSurviveARestart() {
        String aggregateId = Probes.anyAggregateId();
        ProbeState state = new ProbeState(aggregateId, 1, LocalDate.of(2025, 10, 29),
                List.of(new ProbeRecorded("proposed"), new ProbeRecorded("signed")));

        try (ConfigurableApplicationContext before = AccordContexts.startOnTestDatabase()) {
            EventStorageEngine storageEngine = before.getBean(EventStorageEngine.class);
            storageEngine.appendEvents(List.of(
                    Probes.recorded(aggregateId, 0, "proposed"),
                    Probes.recorded(aggregateId, 1, "signed")));
            storageEngine.storeSnapshot(Snapshots.of(aggregateId, 1, state));
        }

        try (ConfigurableApplicationContext after = AccordContexts.startOnTestDatabase()) {
            assertThat(after.getBean(EventStorageEngine.class).readEvents(aggregateId).asStream().<Object>map(DomainEventMessage::getPayload))
                    .containsExactly(new ProbeRecorded("proposed"), new ProbeRecorded("signed"));
            assertThat(after.getBean(EventStorageEngine.class).readSnapshot(aggregateId))
                    .hasValueSatisfying(snapshot -> assertThat(snapshot.getSequenceNumber()).isEqualTo(1))
                    .hasValueSatisfying(snapshot -> assertThat(((ProbeState) snapshot.getPayload()).describe())
                            .isEqualTo(state.describe()));
        }
    }
}
