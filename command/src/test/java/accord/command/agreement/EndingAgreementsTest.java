package accord.command.agreement;

import static accord.command.agreement.Agreements.*;
import static accord.command.agreement.Refusals.refusedWith;

import accord.messages.agreement.Ending;
import accord.messages.commands.TerminateAgreement;
import accord.messages.events.AgreementExpired;
import accord.messages.events.AgreementSuperseded;
import accord.messages.events.AgreementTerminated;
import accord.messages.recording.Recorded;
import accord.messages.refusals.ErrorCode;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EndingAgreementsTest {

    private static final String SUCCESSOR = "kr-blackrock-ai-datacentre-agreement";

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void terminatingRecordsTheTermination() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(terminate(KOREA_BLACKROCK, Ending.TERMINATED, null))
                .expectEvents(new AgreementTerminated(KOREA_BLACKROCK, "Replaced", DEAL_SIGNING_DAY, DEAL_REPORT))
                .expectResultMessagePayload(new Recorded(KOREA_BLACKROCK, 1));
    }

    @Test
    void expiringRecordsTheExpiry() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(terminate(KOREA_BLACKROCK, Ending.EXPIRED, null))
                .expectEvents(new AgreementExpired(KOREA_BLACKROCK, "Replaced", DEAL_SIGNING_DAY, DEAL_REPORT));
    }

    @Test
    void supersedingNamesTheSuccessor() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(terminate(KOREA_BLACKROCK, Ending.SUPERSEDED, SUCCESSOR))
                .expectEvents(new AgreementSuperseded(KOREA_BLACKROCK, SUCCESSOR, "Replaced", DEAL_SIGNING_DAY,
                        DEAL_REPORT));
    }

    @Test
    void aSuspendedAgreementCanBeTerminated() {
        fixture.given(koreaBlackRockMoUSigned(), suspended(KOREA_BLACKROCK))
                .when(terminate(KOREA_BLACKROCK, Ending.TERMINATED, null))
                .expectEvents(new AgreementTerminated(KOREA_BLACKROCK, "Replaced", DEAL_SIGNING_DAY, DEAL_REPORT));
    }

    @Test
    void cannotSupersedeWithoutSuccessor() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(terminate(KOREA_BLACKROCK, Ending.SUPERSEDED, " "))
                .expectException(refusedWith(ErrorCode.SUPERSEDING_AGREEMENT_REQUIRED));
    }

    @Test
    void cannotEndWithoutSayingHow() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(new TerminateAgreement(KOREA_BLACKROCK, null, "Ended", null, DEAL_SIGNING_DAY, DEAL_REPORT))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }

    @Test
    void cannotEndAnExpiredAgreementAgain() {
        fixture.given(koreaBlackRockMoUSigned(),
                        new AgreementExpired(KOREA_BLACKROCK, "Term ended", DEAL_SIGNING_DAY, DEAL_REPORT))
                .when(terminate(KOREA_BLACKROCK, Ending.TERMINATED, null))
                .expectException(refusedWith(ErrorCode.AGREEMENT_EXPIRED));
    }

    @Test
    void cannotEndASupersededAgreementAgain() {
        fixture.given(koreaBlackRockMoUSigned(),
                        new AgreementSuperseded(KOREA_BLACKROCK, SUCCESSOR, "Replaced", DEAL_SIGNING_DAY, DEAL_REPORT))
                .when(terminate(KOREA_BLACKROCK, Ending.EXPIRED, null))
                .expectException(refusedWith(ErrorCode.AGREEMENT_SUPERSEDED));
    }
}
