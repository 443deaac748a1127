package accord.command.agreement;

import static accord.command.agreement.Agreements.*;
import static accord.command.agreement.Refusals.refusedWith;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.DatePrecision;
import accord.messages.commands.ProposeAgreement;
import accord.messages.recording.Recorded;
import accord.messages.refusals.ErrorCode;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProposingAgreementsTest {

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void proposingTheTechnologyProsperityDealRecordsItAsProposed() {
        fixture.givenNoPriorActivity()
                .when(technologyProsperityDeal())
                .expectEvents(technologyProsperityDealProposed())
                .expectResultMessagePayload(new Recorded(TECHNOLOGY_PROSPERITY_DEAL, 0));
    }

    @Test
    void proposingTheChipExportArrangementsKeepsChinaAsDestinationMarket() {
        fixture.givenNoPriorActivity()
                .when(aiChipExportArrangements())
                .expectEvents(aiChipExportArrangementsProposed());
    }

    @Test
    void cannotProposeAnAgreementThatAlreadyExists() {
        fixture.given(technologyProsperityDealProposed())
                .when(technologyProsperityDeal())
                .expectException(refusedWith(ErrorCode.AGREEMENT_ALREADY_EXISTS));
    }

    @Test
    void cannotProposeAnAgreementWithoutTitle() {
        ProposeAgreement deal = technologyProsperityDeal();
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreement(deal.agreementId(), deal.kind(), null, deal.parties(), deal.objectives(),
                        null, deal.occurredOn(), deal.sources()))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }

    @Test
    void cannotProposeAnAgreementNamingAPartyTwice() {
        ProposeAgreement deal = technologyProsperityDeal();
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreement(deal.agreementId(), deal.kind(), deal.title(),
                        List.of(KOREA, UNITED_STATES, UNITED_STATES), deal.objectives(), null, deal.occurredOn(),
                        deal.sources()))
                .expectException(refusedWith(ErrorCode.DUPLICATE_PARTY));
    }

    @Test
    void cannotProposeAnAgreementWithoutSource() {
        ProposeAgreement deal = technologyProsperityDeal();
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreement(deal.agreementId(), deal.kind(), deal.title(), deal.parties(),
                        deal.objectives(), null, deal.occurredOn(), List.of()))
                .expectException(refusedWith(ErrorCode.SOURCE_REQUIRED));
    }

    @Test
    void cannotProposeAnAgreementOnADateWrittenAtAnotherPrecision() {
        ProposeAgreement deal = technologyProsperityDeal();
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreement(deal.agreementId(), deal.kind(), deal.title(), deal.parties(),
                        deal.objectives(), null, new OccurredOn("2025-10", DatePrecision.DAY), deal.sources()))
                .expectException(refusedWith(ErrorCode.INVALID_OCCURRED_ON));
    }

    @Test
    void cannotProposeAnAgreementOnAnUnrealDate() {
        ProposeAgreement deal = technologyProsperityDeal();
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreement(deal.agreementId(), deal.kind(), deal.title(), deal.parties(),
                        deal.objectives(), null, new OccurredOn("2025-02-30", DatePrecision.DAY), deal.sources()))
                .expectException(refusedWith(ErrorCode.INVALID_OCCURRED_ON));
    }

    @Test
    void cannotProposeAnAgreementWithoutId() {
        ProposeAgreement deal = technologyProsperityDeal();
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreement(" ", deal.kind(), deal.title(), deal.parties(), deal.objectives(), null,
                        deal.occurredOn(), deal.sources()))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }
}
