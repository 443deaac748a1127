package accord.command.agreement;

import static accord.command.agreement.Agreements.*;
import static accord.command.agreement.Refusals.refusedWith;

import accord.messages.commands.FormTaskForce;
import accord.messages.events.ImplementationStarted;
import accord.messages.events.TaskForceFormed;
import accord.messages.recording.Recorded;
import accord.messages.refusals.ErrorCode;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FormingTaskForcesTest {

    private static final String NAME = "Korea-BlackRock AI infrastructure task force";

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static FormTaskForce formTaskForce(String agreementId, String name, List<String> members) {
        return new FormTaskForce(agreementId, name, members, "Prepare the hyperscale AI data centre", MOU_SIGNED_ON,
                MOU_REPORT);
    }

    private static TaskForceFormed taskForceFormed(String name) {
        return new TaskForceFormed(KOREA_BLACKROCK, name, List.of("KR", "BLACKROCK"),
                "Prepare the hyperscale AI data centre", MOU_SIGNED_ON, MOU_REPORT);
    }

    @Test
    void theFirstTaskForceOfASignedMoUStartsItsImplementation() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(formTaskForce(KOREA_BLACKROCK, NAME, List.of("KR", "BLACKROCK")))
                .expectEvents(taskForceFormed(NAME), new ImplementationStarted(KOREA_BLACKROCK, MOU_SIGNED_ON, MOU_REPORT))
                .expectResultMessagePayload(new Recorded(KOREA_BLACKROCK, 2));
    }

    @Test
    void aFurtherTaskForceOnlyFormsIt() {
        fixture.given(koreaBlackRockMoUSigned(), taskForceFormed(NAME),
                        new ImplementationStarted(KOREA_BLACKROCK, MOU_SIGNED_ON, MOU_REPORT))
                .when(formTaskForce(KOREA_BLACKROCK, "Renewable energy working group", List.of("KR", "BLACKROCK")))
                .expectEvents(taskForceFormed("Renewable energy working group"))
                .expectResultMessagePayload(new Recorded(KOREA_BLACKROCK, 3));
    }

    @Test
    void cannotFormTheSameTaskForceTwice() {
        fixture.given(koreaBlackRockMoUSigned(), taskForceFormed(NAME))
                .when(formTaskForce(KOREA_BLACKROCK, " " + NAME.toUpperCase() + " ", List.of("KR")))
                .expectException(refusedWith(ErrorCode.TASK_FORCE_ALREADY_FORMED));
    }

    @Test
    void cannotFormATaskForceWithSomeoneWhoIsNoParty() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(formTaskForce(KOREA_BLACKROCK, NAME, List.of("KR", "WORLDBANK")))
                .expectException(refusedWith(ErrorCode.PARTY_NOT_IN_AGREEMENT));
    }

    @Test
    void cannotFormATaskForceWithoutName() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(formTaskForce(KOREA_BLACKROCK, null, List.of("KR")))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }

    @Test
    void cannotFormATaskForceBeforeSigning() {
        fixture.given(technologyProsperityDealProposed())
                .when(new FormTaskForce(TECHNOLOGY_PROSPERITY_DEAL, NAME, List.of("KR"), null, DEAL_SIGNING_DAY,
                        DEAL_REPORT))
                .expectException(refusedWith(ErrorCode.NOT_YET_SIGNED));
    }

    @Test
    void cannotFormTaskForceForTerminatedAgreement() {
        fixture.given(koreaBlackRockMoUSigned(), terminated(KOREA_BLACKROCK))
                .when(formTaskForce(KOREA_BLACKROCK, NAME, List.of("KR")))
                .expectException(refusedWith(ErrorCode.AGREEMENT_TERMINATED));
    }

    @Test
    void cannotFormTaskForceForSuspendedAgreement() {
        fixture.given(koreaBlackRockMoUSigned(), suspended(KOREA_BLACKROCK))
                .when(formTaskForce(KOREA_BLACKROCK, NAME, List.of("KR")))
                .expectException(refusedWith(ErrorCode.AGREEMENT_SUSPENDED));
    }
}
