package accord.messages.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import accord.messages.events.AgreementEvent;
import accord.messages.events.MoUSigned;
import accord.messages.events.RecordCorrected;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void everyRecordedEventTypeIsListedOnceAtItsFirstRevision() {
        assertThat(EventType.all()).hasSize(AgreementEvent.class.getPermittedSubclasses().length)
                .doesNotHaveDuplicates()
                .allSatisfy(type -> assertThat(type.revision()).isEqualTo(1))
                .contains(new EventType("MoUSigned", 1), new EventType("RecordCorrected", 1));
    }

    @Test
    void namesAStoredEventByItsClassAndRevision() {
        EventType signed = EventType.ofStored(MoUSigned.class.getName(), null);
        assertThat(signed).isEqualTo(new EventType("MoUSigned", 1));
        assertThat(signed.cloudEventType()).isEqualTo("example.accord.agreement.MoUSigned.v1");
        assertThat(signed.payloadType()).isEqualTo(MoUSigned.class.getName());
        assertThat(signed.payloadRevision()).isNull();
        assertThat(signed.schemaFileName()).isEqualTo("MoUSigned.v1.json");
        assertThat(signed.schemaResource()).isEqualTo("accord/messages/schemas/events/MoUSigned.v1.json");
        assertThat(EventType.ofStored(RecordCorrected.class.getName(), "2")).isEqualTo(new EventType("RecordCorrected", 2));
        assertThat(new EventType("RecordCorrected", 2).payloadRevision()).isEqualTo("2");
    }

    @Test
    void readsCloudEventsTypesAndBareNamesOfKnownTypesOnly() {
        assertThat(EventType.parse("example.accord.agreement.MoUSigned.v1")).contains(new EventType("MoUSigned", 1));
        assertThat(EventType.parse("MoUSigned")).contains(new EventType("MoUSigned", 1));
        assertThat(EventType.parse("example.accord.agreement.MoUSigned.v2")).isEmpty();
        assertThat(EventType.parse("example.accord.agreement.MoUSigned")).isEmpty();
        assertThat(EventType.parse("example.accord.agreement.MoUSigned.vX")).isEmpty();
        assertThat(EventType.parse("TreatyRatified")).isEmpty();
        assertThat(EventType.parse("")).isEmpty();
    }

    @Test
    void revisionsCountFromOne() {
        assertThatThrownBy(() -> new EventType("MoUSigned", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
