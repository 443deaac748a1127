package accord.command.agreement;

import static accord.command.agreement.Agreements.*;
import static accord.command.agreement.Refusals.refusedWith;

import accord.messages.agreement.Ending;
import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AnnounceCapacity;
import accord.messages.commands.AnnounceSite;
import accord.messages.events.AgreementAmended;
import accord.messages.events.AgreementExpired;
import accord.messages.events.CapacityAnnounced;
import accord.messages.events.ImplementationStarted;
import accord.messages.events.RecordCorrected;
import accord.messages.events.SiteAnnounced;
import accord.messages.recording.Recorded;
import accord.messages.refusals.ErrorCode;
import java.math.BigDecimal;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnnouncingSitesAndCapacitiesTest {

    private static final OccurredOn LATER = OccurredOn.month(2025, 12);

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static AnnounceSite announceSite(String name) {
        return new AnnounceSite(KOREA_BLACKROCK, name, "South Jeolla", "KR", LATER, MOU_REPORT);
    }

    private static SiteAnnounced siteAnnounced(String name) {
        return new SiteAnnounced(KOREA_BLACKROCK, name, "South Jeolla", "KR", LATER, MOU_REPORT);
    }

    private static AnnounceCapacity announceCapacity(BigDecimal amount) {
        return new AnnounceCapacity(KOREA_BLACKROCK, amount, "GW", "IT load", LATER, MOU_REPORT);
    }

    private static CapacityAnnounced capacityAnnounced(BigDecimal amount) {
        return new CapacityAnnounced(KOREA_BLACKROCK, amount, "GW", "IT load", LATER, MOU_REPORT);
    }

    private static ImplementationStarted implementationStarted() {
        return new ImplementationStarted(KOREA_BLACKROCK, LATER, MOU_REPORT);
    }

    private static AgreementAmended amended() {
        return new AgreementAmended(KOREA_BLACKROCK, "Site and capacity revised", LATER, MOU_REPORT);
    }

    @Test
    void announcingTheSiteOfASignedMoUStartsItsImplementation() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(announceSite("Solaseado"))
                .expectEvents(siteAnnounced("Solaseado"), new ImplementationStarted(KOREA_BLACKROCK, LATER, MOU_REPORT))
                .expectResultMessagePayload(new Recorded(KOREA_BLACKROCK, 2));
    }

    @Test
    void cannotAnnounceASecondSiteWithoutAmendment() {
        fixture.given(koreaBlackRockMoUSigned(), siteAnnounced("Solaseado"))
                .when(announceSite("Ulsan"))
                .expectException(refusedWith(ErrorCode.SITE_ALREADY_ANNOUNCED));
    }

    @Test
    void aSecondSiteMayFollowAnAmendment() {
        fixture.given(koreaBlackRockMoUSigned(), siteAnnounced("Solaseado"), implementationStarted(), amended())
                .when(announceSite("Ulsan"))
                .expectEvents(siteAnnounced("Ulsan"));
    }

    @Test
    void aWithdrawnSiteMakesRoomForAnother() {
        fixture.given(koreaBlackRockMoUSigned(), siteAnnounced("Solaseado"),
                        new RecordCorrected(KOREA_BLACKROCK, 1, "SiteAnnounced", "No site was named", null, LATER,
                                MOU_REPORT))
                .when(announceSite("Ulsan"))
                .expectEvents(siteAnnounced("Ulsan"), new ImplementationStarted(KOREA_BLACKROCK, LATER, MOU_REPORT));
    }

    @Test
    void cannotAnnounceASiteBeforeSigning() {
        fixture.given(technologyProsperityDealProposed())
                .when(new AnnounceSite(TECHNOLOGY_PROSPERITY_DEAL, "Gyeongju", "Gyeongju", "KR", LATER, DEAL_REPORT))
                .expectException(refusedWith(ErrorCode.NOT_YET_SIGNED));
    }

    @Test
    void cannotAnnounceASiteForAnExpiredAgreement() {
        fixture.given(koreaBlackRockMoUSigned(), new AgreementExpired(KOREA_BLACKROCK, "Term ended", LATER, MOU_REPORT))
                .when(announceSite("Solaseado"))
                .expectException(refusedWith(ErrorCode.AGREEMENT_EXPIRED));
    }

    @Test
    void cannotAnnounceASiteWithoutName() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(announceSite(" "))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }

    @Test
    void announcingTheCapacityRecordsIt() {
        fixture.given(koreaBlackRockMoUSigned(), siteAnnounced("Solaseado"),
                        new ImplementationStarted(KOREA_BLACKROCK, LATER, MOU_REPORT))
                .when(announceCapacity(new BigDecimal("3")))
                .expectEvents(capacityAnnounced(new BigDecimal("3")))
                .expectResultMessagePayload(new Recorded(KOREA_BLACKROCK, 3));
    }

    @Test
    void cannotAnnounceASecondCapacityWithoutAmendment() {
        fixture.given(koreaBlackRockMoUSigned(), capacityAnnounced(new BigDecimal("3")))
                .when(announceCapacity(new BigDecimal("5")))
                .expectException(refusedWith(ErrorCode.CAPACITY_ALREADY_ANNOUNCED));
    }

    @Test
    void aSecondCapacityMayFollowAnAmendment() {
        fixture.given(koreaBlackRockMoUSigned(), capacityAnnounced(new BigDecimal("3")), implementationStarted(),
                        amended())
                .when(announceCapacity(new BigDecimal("5")))
                .expectEvents(capacityAnnounced(new BigDecimal("5")));
    }

    @Test
    void cannotAnnounceANonPositiveCapacity() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(announceCapacity(BigDecimal.ZERO))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }

    @Test
    void cannotAnnounceCapacityForASupersededAgreement() {
        fixture.given(koreaBlackRockMoUSigned())
                .andGivenCommands(terminate(KOREA_BLACKROCK, Ending.SUPERSEDED, "kr-blackrock-ai-datacentre-agreement"))
                .when(announceCapacity(new BigDecimal("3")))
                .expectException(refusedWith(ErrorCode.AGREEMENT_SUPERSEDED));
    }
}
