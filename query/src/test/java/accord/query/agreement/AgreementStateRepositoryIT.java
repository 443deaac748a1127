package accord.query.agreement;

import static accord.query.agreement.Agreements.KOREA_BLACKROCK;
import static accord.query.agreement.Agreements.KOREA_US;
import static accord.query.agreement.Agreements.LATER_REPORT;
import static accord.query.agreement.Agreements.RECORDED_AT;
import static accord.query.agreement.Agreements.finkOnTheAiCapitalOfAsia;
import static accord.query.agreement.Agreements.koreaBlackRockImplementationStarted;
import static accord.query.agreement.Agreements.koreaBlackRockMoU;
import static accord.query.agreement.Agreements.koreaBlackRockTaskForce;
import static accord.query.agreement.Agreements.koreaUsDealProposed;
import static accord.query.agreement.Agreements.koreaUsScope;
import static accord.query.agreement.Agreements.koreaUsSigningScheduled;
import static accord.query.agreement.Agreements.stateAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import accord.messages.agreement.OccurredOn;
import accord.messages.events.CapacityAnnounced;
import accord.messages.events.SiteAnnounced;
import accord.messages.queries.AgreementState;
import accord.query.testsupport.FreshPostgresDatabase;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The agreement-state store and projection on PostgreSQL, with the PostgreSQL migration. */
class AgreementStateRepositoryIT {

    @RegisterExtension
    static final FreshPostgresDatabase DATABASE = new FreshPostgresDatabase("query");

    private static ReadSide readSide;

    @BeforeAll
    static void migrateAFreshDatabase() throws Exception {
        readSide = ReadSide.migrated(DATABASE.dataSource(), "postgresql");
    }

    @BeforeEach
    void startEmpty() {
        readSide.repository.clear();
    }

    @Test
    void theMigrationCreatesTheTableAsSpecified() {
        List<Map<String, Object>> columns = readSide.jdbc.sql("""
                        select column_name, data_type, is_nullable from information_schema.columns
                        where table_name = 'agreement_state' order by ordinal_position""")
                .query().listOfRows();

        assertThat(columns).extracting(c -> c.get("column_name"), c -> c.get("data_type"), c -> c.get("is_nullable"))
                .containsExactly(
                        tuple("agreement_id", "character varying", "NO"),
                        tuple("version", "bigint", "NO"),
                        tuple("state", "text", "NO"),
                        tuple("last_recorded_at", "timestamp with time zone", "NO"));
    }

    @Test
    void aStoredStateReadsBackEqual() {
        OccurredOn later = OccurredOn.month(2026, 1);
        AgreementState state = stateAfter(koreaBlackRockMoU(), koreaBlackRockTaskForce(),
                koreaBlackRockImplementationStarted(), finkOnTheAiCapitalOfAsia(),
                new SiteAnnounced(KOREA_BLACKROCK, "Jeonnam AI campus", "South Jeolla Province", "KR", later,
                        List.of(LATER_REPORT)),
                new CapacityAnnounced(KOREA_BLACKROCK, new BigDecimal("3.00"), "GW", null, later,
                        List.of(LATER_REPORT)));

        assertThat(readSide.repository.save(state)).isTrue();

        assertThat(readSide.repository.find(KOREA_BLACKROCK)).contains(state);
        assertThat(readSide.jdbc.sql("select last_recorded_at from agreement_state where agreement_id = ?")
                .param(KOREA_BLACKROCK).query(OffsetDateTime.class).single().toInstant())
                .isEqualTo(state.lastRecordedAt());
    }

    @Test
    void aStateIsNeverReplacedByAnOlderOrEqualVersion() {
        AgreementState first = stateAfter(koreaUsDealProposed());
        AgreementState second = stateAfter(koreaUsDealProposed(), koreaUsSigningScheduled());
        readSide.repository.save(second);

        assertThat(readSide.repository.save(first)).isFalse();
        assertThat(readSide.repository.save(second)).isFalse();
        assertThat(readSide.repository.find(KOREA_US)).contains(second);
    }

    @Test
    void theProjectionAppliesAnEventDeliveredTwiceOnlyOnce() throws Exception {
        readSide.deliver(koreaUsDealProposed(), 0, RECORDED_AT);
        readSide.deliver(koreaUsScope(), 1, RECORDED_AT.plusSeconds(1));
        String once = readSide.storedJson(KOREA_US);
        AgreementState stateOnce = readSide.find(KOREA_US).orElseThrow();

        readSide.deliver(koreaUsScope(), 1, RECORDED_AT.plusSeconds(1));

        assertThat(readSide.storedJson(KOREA_US)).isEqualTo(once);
        assertThat(readSide.find(KOREA_US)).contains(stateOnce);
        assertThat(stateOnce).isEqualTo(stateAfter(koreaUsDealProposed(), koreaUsScope()));
    }

    @Test
    void aResetEmptiesTheTable() throws Exception {
        readSide.deliver(koreaBlackRockMoU(), 0, RECORDED_AT);

        readSide.reset();

        assertThat(readSide.find(KOREA_BLACKROCK)).isEmpty();
        assertThat(readSide.jdbc.sql("select count(*) from agreement_state").query(Long.class).single()).isZero();
    }
}
