package accord.command.agreement;

import static accord.command.agreement.Agreements.*;
import static accord.command.agreement.Refusals.refusedWith;

import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.Party;
import accord.messages.agreement.PartyKind;
import accord.messages.agreement.Signatory;
import accord.messages.commands.SignMoU;
import accord.messages.events.AgreementProposed;
import accord.messages.events.MoUSigned;
import accord.messages.recording.Recorded;
import accord.messages.refusals.ErrorCode;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SigningMoUsTest {

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void signingAnUnknownMoURecordsItAsSigned() {
        fixture.givenNoPriorActivity()
                .when(koreaBlackRockMoU())
                .expectEvents(koreaBlackRockMoUSigned())
                .expectResultMessagePayload(new Recorded(KOREA_BLACKROCK, 0));
    }

    @Test
    void signingAProposedMoURecordsOnlyTheNewParties() {
        Party observer = new Party("WB", PartyKind.ORGANISATION, "World Bank", null);
        SignMoU mou = koreaBlackRockMoU();
        fixture.given(new AgreementProposed(KOREA_BLACKROCK, AgreementKind.MOU, mou.title(), List.of(KOREA),
                        List.of(), null, MOU_SIGNED_ON, MOU_REPORT))
                .when(new SignMoU(KOREA_BLACKROCK, "ignored", List.of(KOREA, BLACKROCK, observer),
                        mou.signatories(), MOU_SIGNED_ON, "New York", List.of(), 10, MOU_REPORT))
                .expectEvents(new MoUSigned(KOREA_BLACKROCK, null, List.of(BLACKROCK, observer), mou.signatories(),
                        "New York", List.of(), 10, MOU_SIGNED_ON, MOU_REPORT))
                .expectResultMessagePayload(new Recorded(KOREA_BLACKROCK, 1));
    }

    @Test
    void cannotCreateAnMoUWithoutTitle() {
        SignMoU mou = koreaBlackRockMoU();
        fixture.givenNoPriorActivity()
                .when(new SignMoU(KOREA_BLACKROCK, " ", mou.parties(), mou.signatories(), mou.occurredOn(),
                        mou.place(), mou.objectives(), mou.termYears(), mou.sources()))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }

    @Test
    void cannotCreateAnMoUWithoutParties() {
        SignMoU mou = koreaBlackRockMoU();
        fixture.givenNoPriorActivity()
                .when(new SignMoU(KOREA_BLACKROCK, mou.title(), null, mou.signatories(), mou.occurredOn(),
                        mou.place(), mou.objectives(), mou.termYears(), mou.sources()))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }

    @Test
    void cannotNameTheSamePartyTwice() {
        SignMoU mou = koreaBlackRockMoU();
        fixture.givenNoPriorActivity()
                .when(new SignMoU(KOREA_BLACKROCK, mou.title(), List.of(KOREA, BLACKROCK, KOREA), mou.signatories(),
                        mou.occurredOn(), mou.place(), mou.objectives(), mou.termYears(), mou.sources()))
                .expectException(refusedWith(ErrorCode.DUPLICATE_PARTY));
    }

    @Test
    void cannotAcceptASignatoryForWhomNoPartySigns() {
        SignMoU mou = koreaBlackRockMoU();
        Signatory ogunlesi = new Signatory("Adebayo Ogunlesi", "Chairman", "GIP");
        fixture.givenNoPriorActivity()
                .when(new SignMoU(KOREA_BLACKROCK, mou.title(), mou.parties(), List.of(LEE_JAE_MYUNG, ogunlesi),
                        mou.occurredOn(), mou.place(), mou.objectives(), mou.termYears(), mou.sources()))
                .expectException(refusedWith(ErrorCode.SIGNATORY_NOT_A_PARTY));
    }

    @Test
    void cannotSignAnMoUTwice() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(koreaBlackRockMoU())
                .expectException(refusedWith(ErrorCode.ALREADY_SIGNED));
    }

    @Test
    void cannotSignADealAsAnMoU() {
        SignMoU mou = koreaBlackRockMoU();
        fixture.given(technologyProsperityDealProposed())
                .when(new SignMoU(TECHNOLOGY_PROSPERITY_DEAL, null, List.of(), List.of(BAE_KYUNG_HOON),
                        DEAL_SIGNING_DAY, null, List.of(), null, DEAL_REPORT))
                .expectException(refusedWith(ErrorCode.WRONG_AGREEMENT_KIND));
    }

    @Test
    void cannotSignATerminatedMoU() {
        fixture.given(new AgreementProposed(KOREA_BLACKROCK, AgreementKind.MOU, "Hyperscale AI data centre",
                        List.of(KOREA, BLACKROCK), List.of(), null, MOU_SIGNED_ON, MOU_REPORT),
                        terminated(KOREA_BLACKROCK))
                .when(koreaBlackRockMoU())
                .expectException(refusedWith(ErrorCode.AGREEMENT_TERMINATED));
    }
}
