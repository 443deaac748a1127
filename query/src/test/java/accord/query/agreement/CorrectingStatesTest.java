package accord.query.agreement;

import static accord.query.agreement.Agreements.KOREA_BLACKROCK;
import static accord.query.agreement.Agreements.LATER_REPORT;
import static accord.query.agreement.Agreements.POSITION_OFFSET;
import static accord.query.agreement.Agreements.RECORDED_AT;
import static accord.query.agreement.Agreements.koreaBlackRockImplementationStarted;
import static accord.query.agreement.Agreements.koreaBlackRockMoU;
import static accord.query.agreement.Agreements.koreaBlackRockSuspended;
import static accord.query.agreement.Agreements.koreaBlackRockTaskForce;
import static org.assertj.core.api.Assertions.assertThat;

import accord.messages.agreement.AgreementStatus;
import accord.messages.agreement.OccurredOn;
import accord.messages.events.AgreementEvent;
import accord.messages.events.RecordCorrected;
import accord.messages.queries.AgreementState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How corrections change the folded state: replaced, withdrawn, and not yet applied before they were recorded. */
class CorrectingStatesTest {

    private final Replacements replacements = new JsonReplacements(ReadSide.objectMapperLikeSpringBoots());

    @Test
    void aReplacementTakesThePlaceOfTheCorrectedEvent() {
        List<RecordedEvent> events = recorded(koreaBlackRockMoU(), koreaBlackRockTaskForce(), new RecordCorrected(
                KOREA_BLACKROCK, 1, "TaskForceFormed", "The mandate was misquoted", Map.of(
                        "name", "Korea–BlackRock AI data centre task force", "members", List.of("KR", "BLACKROCK"),
                        "mandate", "Select the site", "occurredOn", Map.of("date", "2025-09-22", "precision", "DAY"),
                        "sources", List.of()), OccurredOn.month(2025, 10), List.of(LATER_REPORT)));

        AgreementState state = AgreementEvolution.fold(events, events, replacements);

        assertThat(state.taskForces()).hasSize(1);
        assertThat(state.taskForces().get(0).mandate()).isEqualTo("Select the site");
        assertThat(state.taskForces().get(0).version()).isEqualTo(1);
        assertThat(state.taskForces().get(0).position()).isEqualTo(1 + POSITION_OFFSET);
        assertThat(state.version()).isEqualTo(2);
    }

    @Test
    void aWithdrawnEventLeavesNoFact() {
        List<RecordedEvent> events = recorded(koreaBlackRockMoU(), koreaBlackRockTaskForce(), new RecordCorrected(
                KOREA_BLACKROCK, 1, "TaskForceFormed", "No task force was formed", null, OccurredOn.month(2025, 10),
                List.of(LATER_REPORT)));

        AgreementState state = AgreementEvolution.fold(events, events, replacements);

        assertThat(state.taskForces()).isEmpty();
        assertThat(state.sources()).contains(LATER_REPORT);
        assertThat(state.version()).isEqualTo(2);
    }

    @Test
    void aWithdrawnStatusChangeLeavesTheStatusBefore() {
        List<RecordedEvent> events = recorded(koreaBlackRockMoU(), koreaBlackRockImplementationStarted(),
                koreaBlackRockSuspended(), new RecordCorrected(KOREA_BLACKROCK, 2, "AgreementSuspended",
                        "The suspension was a rumour", null, OccurredOn.month(2026, 3), List.of(LATER_REPORT)));

        AgreementState state = AgreementEvolution.fold(events, events, replacements);

        assertThat(state.status()).isEqualTo(AgreementStatus.IN_IMPLEMENTATION);
        assertThat(state.statusHistory()).extracting(change -> change.status())
                .containsExactly(AgreementStatus.SIGNED, AgreementStatus.IN_IMPLEMENTATION);
    }

    @Test
    void aStateAsOfBeforeTheCorrectionShowsWhatWasBelievedThen() {
        List<RecordedEvent> events = recorded(koreaBlackRockMoU(), koreaBlackRockTaskForce(), new RecordCorrected(
                KOREA_BLACKROCK, 1, "TaskForceFormed", "No task force was formed", null, OccurredOn.month(2025, 10),
                List.of(LATER_REPORT)));
        List<RecordedEvent> beforeTheCorrection = events.subList(0, 2);

        AgreementState then = AgreementEvolution.fold(beforeTheCorrection, beforeTheCorrection, replacements);

        assertThat(then.taskForces()).hasSize(1);
        assertThat(then).isEqualTo(Agreements.stateAfter(koreaBlackRockMoU(), koreaBlackRockTaskForce()));
    }

    @Test
    void foldingWithoutCorrectionsIsEvolvingEventByEvent() {
        List<RecordedEvent> events = recorded(koreaBlackRockMoU(), koreaBlackRockTaskForce(),
                koreaBlackRockImplementationStarted());

        assertThat(AgreementEvolution.fold(events, events, replacements)).isEqualTo(Agreements.stateAfter(
                koreaBlackRockMoU(), koreaBlackRockTaskForce(), koreaBlackRockImplementationStarted()));
    }

    static List<RecordedEvent> recorded(AgreementEvent... events) {
        List<RecordedEvent> recorded = new ArrayList<>();
        for (int version = 0; version < events.length; version++) {
            recorded.add(new RecordedEvent(version, version + POSITION_OFFSET, RECORDED_AT.plusSeconds(version),
                    events[version]));
        }
        return recorded;
    }
}
