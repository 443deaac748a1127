package accord.command.agreement;

import static accord.command.agreement.Agreements.*;
import static accord.command.agreement.Refusals.refusedWith;

import accord.messages.commands.AmendAgreement;
import accord.messages.events.AgreementAmended;
import accord.messages.recording.Recorded;
import accord.messages.refusals.ErrorCode;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AmendingAgreementsTest {

    private static final String SUMMARY = "Adds a joint AI ecosystem in Asia";

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static AmendAgreement amend(String summary) {
        return new AmendAgreement(TECHNOLOGY_PROSPERITY_DEAL, summary, DEAL_SIGNING_DAY, DEAL_REPORT);
    }

    @Test
    void aSignedAgreementIsAmended() {
        fixture.given(technologyProsperityDealProposed(), technologyProsperityDealSigned())
                .when(amend(SUMMARY))
                .expectEvents(new AgreementAmended(TECHNOLOGY_PROSPERITY_DEAL, SUMMARY, DEAL_SIGNING_DAY, DEAL_REPORT))
                .expectResultMessagePayload(new Recorded(TECHNOLOGY_PROSPERITY_DEAL, 2));
    }

    @Test
    void cannotAmendAnAgreementNotYetSigned() {
        fixture.given(technologyProsperityDealProposed())
                .when(amend(SUMMARY))
                .expectException(refusedWith(ErrorCode.NOT_YET_SIGNED));
    }

    @Test
    void cannotAmendASuspendedAgreement() {
        fixture.given(technologyProsperityDealProposed(), technologyProsperityDealSigned(),
                        suspended(TECHNOLOGY_PROSPERITY_DEAL))
                .when(amend(SUMMARY))
                .expectException(refusedWith(ErrorCode.AGREEMENT_SUSPENDED));
    }

    @Test
    void cannotAmendWithoutSummary() {
        fixture.given(technologyProsperityDealProposed(), technologyProsperityDealSigned())
                .when(amend(null))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }
}
