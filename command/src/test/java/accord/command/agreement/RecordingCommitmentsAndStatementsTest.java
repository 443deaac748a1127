package accord.command.agreement;

import static accord.command.agreement.Agreements.*;
import static accord.command.agreement.Refusals.refusedWith;

import accord.messages.agreement.Person;
import accord.messages.commands.RecordCommitment;
import accord.messages.commands.RecordStatement;
import accord.messages.events.CommitmentRecorded;
import accord.messages.events.StatementRecorded;
import accord.messages.recording.Recorded;
import accord.messages.refusals.ErrorCode;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordingCommitmentsAndStatementsTest {

    private static final Person LARRY_FINK_SPEAKING = new Person("Larry Fink", "Chief Executive Officer");
    private static final String AI_CAPITAL = "We want to make Korea the AI capital of Asia.";

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static RecordCommitment commitment(String party) {
        return new RecordCommitment(TECHNOLOGY_PROSPERITY_DEAL, party, "Strengthen AI export controls",
                DEAL_REPORTED_IN, DEAL_REPORT);
    }

    @Test
    void aJointCommitmentIsRecorded() {
        fixture.given(technologyProsperityDealProposed())
                .when(commitment(null))
                .expectEvents(new CommitmentRecorded(TECHNOLOGY_PROSPERITY_DEAL, null, "Strengthen AI export controls",
                        DEAL_REPORTED_IN, DEAL_REPORT))
                .expectResultMessagePayload(new Recorded(TECHNOLOGY_PROSPERITY_DEAL, 1));
    }

    @Test
    void aPartysCommitmentIsRecorded() {
        fixture.given(technologyProsperityDealProposed())
                .when(commitment("US"))
                .expectEvents(new CommitmentRecorded(TECHNOLOGY_PROSPERITY_DEAL, "US", "Strengthen AI export controls",
                        DEAL_REPORTED_IN, DEAL_REPORT));
    }

    @Test
    void cannotRecordACommitmentOfSomeoneWhoIsNoParty() {
        fixture.given(technologyProsperityDealProposed())
                .when(commitment("JP"))
                .expectException(refusedWith(ErrorCode.PARTY_NOT_IN_AGREEMENT));
    }

    @Test
    void cannotRecordACommitmentWithoutDescription() {
        fixture.given(technologyProsperityDealProposed())
                .when(new RecordCommitment(TECHNOLOGY_PROSPERITY_DEAL, null, "", DEAL_REPORTED_IN, DEAL_REPORT))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }

    @Test
    void cannotRecordACommitmentWhileSuspended() {
        fixture.given(technologyProsperityDealProposed(), suspended(TECHNOLOGY_PROSPERITY_DEAL))
                .when(commitment(null))
                .expectException(refusedWith(ErrorCode.AGREEMENT_SUSPENDED));
    }

    @Test
    void bessentsStatementIsRecordedAgainstTheArrangements() {
        RecordStatement statement = bessentCallsArrangementsAModel();
        fixture.given(aiChipExportArrangementsProposed())
                .when(statement)
                .expectEvents(new StatementRecorded(AI_CHIP_EXPORTS, statement.speaker(), "US", statement.text(),
                        statement.occurredOn(), statement.sources()))
                .expectResultMessagePayload(new Recorded(AI_CHIP_EXPORTS, 1));
    }

    @Test
    void aStatementIsRecordedEvenAfterTheAgreementEnded() {
        fixture.given(koreaBlackRockMoUSigned(), terminated(KOREA_BLACKROCK))
                .when(new RecordStatement(KOREA_BLACKROCK, LARRY_FINK_SPEAKING, "BLACKROCK", AI_CAPITAL,
                        DEAL_SIGNING_DAY, MOU_REPORT))
                .expectEvents(new StatementRecorded(KOREA_BLACKROCK, LARRY_FINK_SPEAKING, "BLACKROCK", AI_CAPITAL,
                        DEAL_SIGNING_DAY, MOU_REPORT));
    }

    @Test
    void cannotRecordAStatementForSomeoneWhoIsNoParty() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(new RecordStatement(KOREA_BLACKROCK, LARRY_FINK_SPEAKING, "GIP", AI_CAPITAL, MOU_SIGNED_ON,
                        MOU_REPORT))
                .expectException(refusedWith(ErrorCode.PARTY_NOT_IN_AGREEMENT));
    }

    @Test
    void cannotRecordAStatementWithoutText() {
        fixture.given(koreaBlackRockMoUSigned())
                .when(new RecordStatement(KOREA_BLACKROCK, LARRY_FINK_SPEAKING, null, null, MOU_SIGNED_ON, MOU_REPORT))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }
}
