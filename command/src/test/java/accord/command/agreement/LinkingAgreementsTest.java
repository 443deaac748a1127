package accord.command.agreement;

import static accord.command.agreement.Agreements.*;
import static accord.command.agreement.Refusals.refusedWith;

import accord.messages.agreement.LinkRelation;
import accord.messages.commands.LinkAgreements;
import accord.messages.events.AgreementSuperseded;
import accord.messages.events.AgreementsLinked;
import accord.messages.recording.Recorded;
import accord.messages.refusals.ErrorCode;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LinkingAgreementsTest {

    private static final String US_JAPAN_DEAL = "us-jp-technology-prosperity-deal";

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static LinkAgreements link(String related, LinkRelation relation) {
        return new LinkAgreements(TECHNOLOGY_PROSPERITY_DEAL, related, relation, "Similar US technology deal",
                DEAL_REPORTED_IN, DEAL_REPORT);
    }

    private static AgreementsLinked linked(String related, LinkRelation relation) {
        return new AgreementsLinked(TECHNOLOGY_PROSPERITY_DEAL, related, relation, "Similar US technology deal",
                DEAL_REPORTED_IN, DEAL_REPORT);
    }

    @Test
    void theDealIsLinkedToTheSimilarJapaneseDeal() {
        fixture.given(technologyProsperityDealProposed())
                .when(link(US_JAPAN_DEAL, LinkRelation.SIMILAR_TO))
                .expectEvents(linked(US_JAPAN_DEAL, LinkRelation.SIMILAR_TO))
                .expectResultMessagePayload(new Recorded(TECHNOLOGY_PROSPERITY_DEAL, 1));
    }

    @Test
    void theSameAgreementsMayRelateInAnotherWayToo() {
        fixture.given(technologyProsperityDealProposed(), linked(US_JAPAN_DEAL, LinkRelation.SIMILAR_TO))
                .when(link(US_JAPAN_DEAL, LinkRelation.BUILDS_ON))
                .expectEvents(linked(US_JAPAN_DEAL, LinkRelation.BUILDS_ON));
    }

    @Test
    void cannotLinkTheSameAgreementsTheSameWayTwice() {
        fixture.given(technologyProsperityDealProposed(), linked(US_JAPAN_DEAL, LinkRelation.SIMILAR_TO))
                .when(link(US_JAPAN_DEAL, LinkRelation.SIMILAR_TO))
                .expectException(refusedWith(ErrorCode.ALREADY_LINKED));
    }

    @Test
    void cannotLinkAnAgreementToItself() {
        fixture.given(technologyProsperityDealProposed())
                .when(link(TECHNOLOGY_PROSPERITY_DEAL, LinkRelation.RELATED_TO))
                .expectException(refusedWith(ErrorCode.CANNOT_LINK_TO_ITSELF));
    }

    @Test
    void cannotLinkWithoutRelation() {
        fixture.given(technologyProsperityDealProposed())
                .when(link(US_JAPAN_DEAL, null))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }

    @Test
    void aSupersededAgreementCanStillBeLinked() {
        fixture.given(technologyProsperityDealProposed(), new AgreementSuperseded(TECHNOLOGY_PROSPERITY_DEAL,
                        "kr-us-technology-prosperity-deal-2", "Replaced", DEAL_SIGNING_DAY, DEAL_REPORT))
                .when(link("kr-us-technology-prosperity-deal-2", LinkRelation.RELATED_TO))
                .expectEvents(linked("kr-us-technology-prosperity-deal-2", LinkRelation.RELATED_TO));
    }
}
