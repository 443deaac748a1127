package accord.command.agreement;

import static accord.command.agreement.Agreements.*;
import static accord.command.agreement.Refusals.refusedWith;

import accord.messages.agreement.DatePrecision;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Signatory;
import accord.messages.commands.ScheduleSigning;
import accord.messages.commands.SignAgreement;
import accord.messages.events.SigningScheduled;
import accord.messages.recording.Recorded;
import accord.messages.refusals.ErrorCode;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SigningAgreementsTest {

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void schedulingTheDealsSigningAtApecRecordsIt() {
        fixture.given(technologyProsperityDealProposed())
                .when(technologyProsperityDealSigningAtApec())
                .expectEvents(technologyProsperityDealSigningScheduled())
                .expectResultMessagePayload(new Recorded(TECHNOLOGY_PROSPERITY_DEAL, 1));
    }

    @Test
    void aScheduledSigningCanBeRescheduled() {
        OccurredOn later = OccurredOn.day(2025, 10, 30);
        fixture.given(technologyProsperityDealProposed(), technologyProsperityDealSigningScheduled())
                .when(new ScheduleSigning(TECHNOLOGY_PROSPERITY_DEAL, later, "Gyeongju", List.of(), DEAL_REPORTED_IN,
                        DEAL_REPORT))
                .expectEvents(new SigningScheduled(TECHNOLOGY_PROSPERITY_DEAL, later, "Gyeongju", List.of(),
                        DEAL_REPORTED_IN, DEAL_REPORT));
    }

    @Test
    void cannotScheduleASigningOnAnUnrealDate() {
        fixture.given(technologyProsperityDealProposed())
                .when(new ScheduleSigning(TECHNOLOGY_PROSPERITY_DEAL, new OccurredOn("29 October", DatePrecision.DAY),
                        "Gyeongju", List.of(), DEAL_REPORTED_IN, DEAL_REPORT))
                .expectException(refusedWith(ErrorCode.INVALID_OCCURRED_ON));
    }

    @Test
    void cannotScheduleTheSigningOfASignedAgreement() {
        fixture.given(technologyProsperityDealProposed(), technologyProsperityDealSigned())
                .when(technologyProsperityDealSigningAtApec())
                .expectException(refusedWith(ErrorCode.ALREADY_SIGNED));
    }

    @Test
    void signingTheScheduledDealRecordsItAsSigned() {
        fixture.given(technologyProsperityDealProposed(), technologyProsperityDealSigningScheduled())
                .when(technologyProsperityDealSigning())
                .expectEvents(technologyProsperityDealSigned())
                .expectResultMessagePayload(new Recorded(TECHNOLOGY_PROSPERITY_DEAL, 2));
    }

    @Test
    void aProposedAgreementCanBeSignedWithoutSchedule() {
        fixture.given(technologyProsperityDealProposed())
                .when(technologyProsperityDealSigning())
                .expectEvents(technologyProsperityDealSigned());
    }

    @Test
    void cannotSignAnAgreementTwice() {
        fixture.given(technologyProsperityDealProposed(), technologyProsperityDealSigned())
                .when(technologyProsperityDealSigning())
                .expectException(refusedWith(ErrorCode.ALREADY_SIGNED));
    }

    @Test
    void cannotSignWithoutSignatories() {
        fixture.given(technologyProsperityDealProposed())
                .when(new SignAgreement(TECHNOLOGY_PROSPERITY_DEAL, List.of(), "Gyeongju", DEAL_SIGNING_DAY,
                        DEAL_REPORT))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }

    @Test
    void cannotLetTheDestinationMarketSign() {
        fixture.given(aiChipExportArrangementsProposed())
                .when(new SignAgreement(AI_CHIP_EXPORTS, List.of(new Signatory("Wang Wentao", "Minister", "CN")),
                        null, DEAL_SIGNING_DAY, BESSENT_INTERVIEW))
                .expectException(refusedWith(ErrorCode.SIGNATORY_NOT_A_PARTY));
    }

    @Test
    void cannotScheduleASignatoryWhoRepresentsNoParty() {
        fixture.given(technologyProsperityDealProposed())
                .when(new ScheduleSigning(TECHNOLOGY_PROSPERITY_DEAL, DEAL_SIGNING_DAY, "Gyeongju",
                        List.of(new Signatory("Sam Altman", "CEO", "OPENAI")), DEAL_REPORTED_IN, DEAL_REPORT))
                .expectException(refusedWith(ErrorCode.SIGNATORY_NOT_A_PARTY));
    }

    @Test
    void cannotSignASuspendedAgreement() {
        fixture.given(technologyProsperityDealProposed(), suspended(TECHNOLOGY_PROSPERITY_DEAL))
                .when(technologyProsperityDealSigning())
                .expectException(refusedWith(ErrorCode.AGREEMENT_SUSPENDED));
    }

    @Test
    void cannotSignBeforeTheDealWasFirstReported() {
        fixture.given(technologyProsperityDealProposed())
                .when(new SignAgreement(TECHNOLOGY_PROSPERITY_DEAL, List.of(BAE_KYUNG_HOON), "Gyeongju",
                        OccurredOn.day(2025, 9, 30), DEAL_REPORT))
                .expectException(refusedWith(ErrorCode.DATE_BEFORE_PROPOSAL));
    }
}
