package accord.query.agreement;

import static accord.query.agreement.Agreements.KOREA_BLACKROCK;
import static accord.query.agreement.Agreements.RECORDED_AT;
import static accord.query.agreement.Agreements.koreaBlackRockImplementationStarted;
import static accord.query.agreement.Agreements.koreaBlackRockMoU;
import static accord.query.agreement.Agreements.koreaBlackRockTaskForce;
import static accord.query.agreement.Agreements.stateAfter;
import static org.assertj.core.api.Assertions.assertThat;

import accord.messages.agreement.AgreementStatus;
import accord.messages.queries.AgreementState;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The projection on the embedded default database: H2 in PostgreSQL mode with the H2 migration. */
class AgreementStateProjectionTest {

    private ReadSide readSide;

    @BeforeEach
    void migrateAFreshEmbeddedDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        readSide = ReadSide.migrated(dataSource, "h2");
    }

    @Test
    void findsTheSignedMoUAfterItsEvents() throws Exception {
        readSide.deliver(koreaBlackRockMoU(), 0, RECORDED_AT);
        readSide.deliver(koreaBlackRockTaskForce(), 1, RECORDED_AT.plusSeconds(1));
        readSide.deliver(koreaBlackRockImplementationStarted(), 2, RECORDED_AT.plusSeconds(2));

        assertThat(readSide.find(KOREA_BLACKROCK)).contains(stateAfter(koreaBlackRockMoU(),
                koreaBlackRockTaskForce(), koreaBlackRockImplementationStarted()));
        assertThat(readSide.find(KOREA_BLACKROCK).orElseThrow().status())
                .isEqualTo(AgreementStatus.IN_IMPLEMENTATION);
    }

    @Test
    void aBatchEvolvesEachAgreementThroughAllItsEventsAndStoresTheResult() {
        readSide.deliverInOneBatch(java.util.List.of(
                ReadSide.message(koreaBlackRockMoU(), 0, RECORDED_AT),
                ReadSide.message(koreaBlackRockTaskForce(), 1, RECORDED_AT.plusSeconds(1)),
                ReadSide.message(koreaBlackRockTaskForce(), 1, RECORDED_AT.plusSeconds(1)),
                ReadSide.message(koreaBlackRockImplementationStarted(), 2, RECORDED_AT.plusSeconds(2))));

        assertThat(readSide.find(KOREA_BLACKROCK)).contains(stateAfter(koreaBlackRockMoU(),
                koreaBlackRockTaskForce(), koreaBlackRockImplementationStarted()));
    }

    @Test
    void findsNothingForAnUnknownAgreement() {
        assertThat(readSide.find("no-such-agreement")).isEmpty();
    }

    @Test
    void anEventDeliveredTwiceChangesNothingTheSecondTime() throws Exception {
        readSide.deliver(koreaBlackRockMoU(), 0, RECORDED_AT);
        readSide.deliver(koreaBlackRockTaskForce(), 1, RECORDED_AT.plusSeconds(1));
        String once = readSide.storedJson(KOREA_BLACKROCK);

        readSide.deliver(koreaBlackRockTaskForce(), 1, RECORDED_AT.plusSeconds(1));

        assertThat(readSide.storedJson(KOREA_BLACKROCK)).isEqualTo(once);
        assertThat(readSide.find(KOREA_BLACKROCK).orElseThrow().taskForces()).hasSize(1);
    }

    @Test
    void anOlderEventDeliveredLateCannotTakeTheStateBack() throws Exception {
        readSide.deliver(koreaBlackRockMoU(), 0, RECORDED_AT);
        readSide.deliver(koreaBlackRockTaskForce(), 1, RECORDED_AT.plusSeconds(1));

        readSide.deliver(koreaBlackRockMoU(), 0, RECORDED_AT);

        AgreementState state = readSide.find(KOREA_BLACKROCK).orElseThrow();
        assertThat(state.version()).isEqualTo(1);
        assertThat(state.statusHistory()).hasSize(1);
    }

    @Test
    void theStoreKeepsANewerStateOverAnOlderOne() {
        AgreementState newer = stateAfter(koreaBlackRockMoU(), koreaBlackRockTaskForce());
        readSide.repository.save(newer);

        assertThat(readSide.repository.save(stateAfter(koreaBlackRockMoU()))).isFalse();
        assertThat(readSide.repository.find(KOREA_BLACKROCK)).contains(newer);
    }

    @Test
    void aResetForgetsEveryStateBeforeAReplay() throws Exception {
        readSide.deliver(koreaBlackRockMoU(), 0, RECORDED_AT);

        readSide.reset();

        assertThat(readSide.find(KOREA_BLACKROCK)).isEmpty();
        readSide.deliver(koreaBlackRockMoU(), 0, RECORDED_AT);
        assertThat(readSide.find(KOREA_BLACKROCK)).isPresent();
    }
}
