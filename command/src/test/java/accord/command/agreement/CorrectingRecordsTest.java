package accord.command.agreement;

import static accord.command.agreement.Agreements.*;
import static accord.command.agreement.Refusals.refusedWith;

import accord.messages.commands.CorrectRecord;
import accord.messages.events.RecordCorrected;
import accord.messages.recording.Recorded;
import accord.messages.refusals.ErrorCode;
import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CorrectingRecordsTest {

    private static final Map<String, Object> PLACE_CORRECTED = Map.of("place", "New York City");

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static CorrectRecord correct(long version, Map<String, Object> replacement) {
        return new CorrectRecord(KOREA_BLACKROCK, version, "The report named the place differently", replacement,
                MOU_SIGNED_ON, MOU_REPORT);
    }

    private static RecordCorrected corrected(long version, String type, Map<String, Object> replacement) {
        return new RecordCorrected(KOREA_BLACKROCK, version, type, "The report named the place differently",
                replacement, MOU_SIGNED_ON, MOU_REPORT);
    }

    @Test
    void replacingTheSigningNamesTheCorrectedEventType() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(correct(0, PLACE_CORRECTED))
                .expectEvents(corrected(0, "MoUSigned", PLACE_CORRECTED))
                .expectResultMessagePayload(new Recorded(KOREA_BLACKROCK, 1));
    }

    @Test
    void aLaterEventCanBeWithdrawn() {
        fixture.given(koreaBlackRockMoUSigned(), suspended(KOREA_BLACKROCK))
                .when(correct(1, null))
                .expectEvents(corrected(1, "AgreementSuspended", null));
    }

    @Test
    void aTerminatedAgreementCanStillBeCorrected() {
        fixture.given(koreaBlackRockMoUSigned(), terminated(KOREA_BLACKROCK))
                .when(correct(1, null))
                .expectEvents(corrected(1, "AgreementTerminated", null));
    }

    @Test
    void cannotCorrectAVersionThatDoesNotExist() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(correct(7, PLACE_CORRECTED))
                .expectException(refusedWith(ErrorCode.UNKNOWN_EVENT_VERSION));
    }

    @Test
    void cannotCorrectACorrection() {
        fixture.given(koreaBlackRockMoUSigned(), corrected(0, "MoUSigned", PLACE_CORRECTED))
                .when(correct(1, PLACE_CORRECTED))
                .expectException(refusedWith(ErrorCode.CANNOT_CORRECT_CORRECTION));
    }

    @Test
    void cannotWithdrawTheEventThatCreatedTheAgreement() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(correct(0, null))
                .expectException(refusedWith(ErrorCode.CANNOT_WITHDRAW_CREATION));
    }

    @Test
    void cannotCorrectWithoutReason() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(new CorrectRecord(KOREA_BLACKROCK, 0, null, PLACE_CORRECTED, MOU_SIGNED_ON, MOU_REPORT))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }
}
