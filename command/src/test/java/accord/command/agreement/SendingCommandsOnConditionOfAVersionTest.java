package accord.command.agreement;

import static accord.command.agreement.Agreements.*;

import accord.messages.commands.RecordMilestone;
import accord.messages.events.MilestoneRecorded;
import accord.messages.recording.CommandMetadata;
import accord.messages.recording.Recorded;
import accord.messages.refusals.ErrorCode;
import accord.messages.refusals.VersionMismatch;
import java.util.Map;
import java.util.Objects;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A clerk's command sent with If-Match: recorded only when the agreement is at the version the clerk read. */
class SendingCommandsOnConditionOfAVersionTest {

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aCommandExpectingTheCurrentVersionIsRecorded() {
        fixture.given(koreaBlackRockMoUSigned(), suspended(KOREA_BLACKROCK))
                .when(milestone(), expecting("1"))
                .expectEvents(new MilestoneRecorded(KOREA_BLACKROCK, "Review", "Review held", DEAL_SIGNING_DAY, MOU_REPORT))
                .expectResultMessagePayload(new Recorded(KOREA_BLACKROCK, 2));
    }

    @Test
    void aCommandExpectingAnEarlierVersionIsRefusedWithTheCurrentOne() {
        fixture.given(koreaBlackRockMoUSigned(), suspended(KOREA_BLACKROCK))
                .when(milestone(), expecting("0"))
                .expectNoEvents()
                .expectException(versionMismatchAt(1L));
    }

    @Test
    void aCommandExpectingALaterVersionIsRefused() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(milestone(), expecting("7"))
                .expectNoEvents()
                .expectException(versionMismatchAt(0L));
    }

    @Test
    void aCommandExpectingAnyVersionIsRecordedWhenTheAgreementExists() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(milestone(), expecting(CommandMetadata.ANY_VERSION))
                .expectResultMessagePayload(new Recorded(KOREA_BLACKROCK, 1));
    }

    @Test
    void aCreatingCommandExpectingAnyVersionIsRefusedWhenTheAgreementDoesNotExist() {
        fixture.givenNoPriorActivity()
                .when(koreaBlackRockMoU(), expecting(CommandMetadata.ANY_VERSION))
                .expectNoEvents()
                .expectException(versionMismatchAt(null));
    }

    @Test
    void aCommandWithoutConditionIsRecordedAtWhateverVersion() {
        fixture.given(koreaBlackRockMoUSigned(), suspended(KOREA_BLACKROCK))
                .when(milestone())
                .expectResultMessagePayload(new Recorded(KOREA_BLACKROCK, 2));
    }

    private static RecordMilestone milestone() {
        return new RecordMilestone(KOREA_BLACKROCK, "Review", "Review held", DEAL_SIGNING_DAY, MOU_REPORT);
    }

    private static Map<String, ?> expecting(String version) {
        return Map.of(CommandMetadata.EXPECTED_VERSION, version);
    }

    private static Matcher<VersionMismatch> versionMismatchAt(Long current) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(VersionMismatch refusal) {
                return refusal.code() == ErrorCode.VERSION_MISMATCH && Objects.equals(refusal.currentVersion(), current)
                        && refusal.getMessage().length() > 20;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a version mismatch at ").appendValue(current);
            }
        };
    }
}
