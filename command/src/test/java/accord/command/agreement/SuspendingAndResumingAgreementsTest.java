package accord.command.agreement;

import static accord.command.agreement.Agreements.*;
import static accord.command.agreement.Refusals.refusedWith;

import accord.messages.agreement.AgreementStatus;
import accord.messages.commands.ResumeAgreement;
import accord.messages.commands.SuspendAgreement;
import accord.messages.events.AgreementResumed;
import accord.messages.events.AgreementSuspended;
import accord.messages.events.ImplementationStarted;
import accord.messages.recording.Recorded;
import accord.messages.refusals.ErrorCode;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuspendingAndResumingAgreementsTest {

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static SuspendAgreement suspend(String reason) {
        return new SuspendAgreement(KOREA_BLACKROCK, reason, DEAL_SIGNING_DAY, MOU_REPORT);
    }

    private static ResumeAgreement resume() {
        return new ResumeAgreement(KOREA_BLACKROCK, "Talks resumed", DEAL_SIGNING_DAY, MOU_REPORT);
    }

    @Test
    void aLiveAgreementIsSuspended() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(suspend("Funding review"))
                .expectEvents(new AgreementSuspended(KOREA_BLACKROCK, "Funding review", DEAL_SIGNING_DAY, MOU_REPORT))
                .expectResultMessagePayload(new Recorded(KOREA_BLACKROCK, 1));
    }

    @Test
    void cannotSuspendASuspendedAgreement() {
        fixture.given(koreaBlackRockMoUSigned(), suspended(KOREA_BLACKROCK))
                .when(suspend("Funding review"))
                .expectException(refusedWith(ErrorCode.ALREADY_SUSPENDED));
    }

    @Test
    void cannotSuspendWithoutReason() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(suspend(" "))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }

    @Test
    void cannotSuspendATerminatedAgreement() {
        fixture.given(koreaBlackRockMoUSigned(), terminated(KOREA_BLACKROCK))
                .when(suspend("Funding review"))
                .expectException(refusedWith(ErrorCode.AGREEMENT_TERMINATED));
    }

    @Test
    void resumingReturnsToTheStatusBeforeTheSuspension() {
        fixture.given(koreaBlackRockMoUSigned(), new ImplementationStarted(KOREA_BLACKROCK, MOU_SIGNED_ON, MOU_REPORT),
                        suspended(KOREA_BLACKROCK))
                .when(resume())
                .expectEvents(new AgreementResumed(KOREA_BLACKROCK, "Talks resumed", AgreementStatus.IN_IMPLEMENTATION,
                        DEAL_SIGNING_DAY, MOU_REPORT))
                .expectResultMessagePayload(new Recorded(KOREA_BLACKROCK, 3));
    }

    @Test
    void cannotResumeAnAgreementThatIsNotSuspended() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(resume())
                .expectException(refusedWith(ErrorCode.NOT_SUSPENDED));
    }
}
