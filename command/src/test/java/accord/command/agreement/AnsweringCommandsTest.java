package accord.command.agreement;

import static accord.command.agreement.Agreements.*;
import static accord.command.agreement.Refusals.refusedWith;

import accord.messages.agreement.OccurredOn;
import accord.messages.commands.FormTaskForce;
import accord.messages.commands.RecordMilestone;
import accord.messages.events.ImplementationStarted;
import accord.messages.events.MilestoneRecorded;
import accord.messages.events.TaskForceFormed;
import accord.messages.recording.Recorded;
import accord.messages.refusals.ErrorCode;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every command answers, and the checks every command passes through. */
class AnsweringCommandsTest {

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aCommandForAnUnknownAgreementIsRefusedAsUnknown() {
        fixture.givenNoPriorActivity()
                .when(technologyProsperityDealSigning())
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.UNKNOWN_AGREEMENT));
    }

    @Test
    void aCommandAnswersWithTheVersionOfItsLastEvent() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(new FormTaskForce(KOREA_BLACKROCK, "Government-BlackRock task force", List.of("KR", "BLACKROCK"),
                        "Prepare the data centre", OccurredOn.month(2025, 9), MOU_REPORT))
                .expectEvents(new TaskForceFormed(KOREA_BLACKROCK, "Government-BlackRock task force",
                                List.of("KR", "BLACKROCK"), "Prepare the data centre", OccurredOn.month(2025, 9),
                                MOU_REPORT),
                        new ImplementationStarted(KOREA_BLACKROCK, OccurredOn.month(2025, 9), MOU_REPORT))
                .expectResultMessagePayload(new Recorded(KOREA_BLACKROCK, 2));
    }

    @Test
    void aFactDatedToTheMonthOfTheFirstRecordIsNotBeforeIt() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(new RecordMilestone(KOREA_BLACKROCK, "Announcement", "Plans announced",
                        OccurredOn.month(2025, 9), MOU_REPORT))
                .expectEvents(new MilestoneRecorded(KOREA_BLACKROCK, "Announcement", "Plans announced",
                        OccurredOn.month(2025, 9), MOU_REPORT))
                .expectResultMessagePayload(new Recorded(KOREA_BLACKROCK, 1));
    }

    @Test
    void cannotRecordAFactCertainlyBeforeTheAgreementsFirstRecord() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(new RecordMilestone(KOREA_BLACKROCK, "Talks", "Talks began", OccurredOn.day(2025, 9, 21),
                        MOU_REPORT))
                .expectException(refusedWith(ErrorCode.DATE_BEFORE_PROPOSAL));
    }

    @Test
    void cannotRecordAFactWithoutSource() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(new RecordMilestone(KOREA_BLACKROCK, "Talks", "Talks began", MOU_SIGNED_ON, null))
                .expectException(refusedWith(ErrorCode.SOURCE_REQUIRED));
    }

    @Test
    void cannotRecordAFactWithoutWorldDate() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(new RecordMilestone(KOREA_BLACKROCK, "Talks", "Talks began", null, MOU_REPORT))
                .expectException(refusedWith(ErrorCode.INVALID_OCCURRED_ON));
    }

    @Test
    void cannotRecordAMilestoneWithoutLabel() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(new RecordMilestone(KOREA_BLACKROCK, "", "Talks began", MOU_SIGNED_ON, MOU_REPORT))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }

    @Test
    void aMilestoneIsRecordedWhileSuspended() {
        fixture.given(koreaBlackRockMoUSigned(), suspended(KOREA_BLACKROCK))
                .when(new RecordMilestone(KOREA_BLACKROCK, "Review", "Review held", DEAL_SIGNING_DAY, MOU_REPORT))
                .expectEvents(new MilestoneRecorded(KOREA_BLACKROCK, "Review", "Review held", DEAL_SIGNING_DAY,
                        MOU_REPORT));
    }

    @Test
    void cannotRecordAMilestoneForATerminatedAgreement() {
        fixture.given(koreaBlackRockMoUSigned(), terminated(KOREA_BLACKROCK))
                .when(new RecordMilestone(KOREA_BLACKROCK, "Review", "Review held", DEAL_SIGNING_DAY, MOU_REPORT))
                .expectException(refusedWith(ErrorCode.AGREEMENT_TERMINATED));
    }
}
