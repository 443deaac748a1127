package accord.query.history;

import accord.query.ledger.LedgerPositions;
import static org.assertj.core.api.Assertions.assertThat;

import accord.messages.agreement.LinkRelation;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import accord.messages.events.AgreementEvent;
import accord.messages.events.AgreementsLinked;
import accord.messages.events.MilestoneRecorded;
import accord.messages.events.MoUSigned;
import accord.messages.events.RecordCorrected;
import accord.messages.queries.AgreementDiff;
import accord.messages.queries.AgreementState;
import accord.messages.queries.DiffAgreement;
import accord.messages.queries.FindAgreementAsOf;
import accord.messages.queries.FindAgreementHistory;
import accord.messages.recording.RecordingMetadata;
import accord.query.agreement.InboundLinks;
import accord.query.agreement.JsonReplacements;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The history projection on the embedded database, driven in batches as the pooled processor
 * drives it: a batch delivered twice leaves the same rows, the same links and the same states.
 */
class HistoryProjectionIdempotenceTest {

    private static final String MOU = "kr-blackrock-ai-datacentre-mou";
    private static final String DEAL = "kr-us-technology-prosperity-deal";
    private static final Source REPORT = new Source("Accord seed reports", "MoU report",
            "https://example.org/accord/seeds/000", "2025-09-23", "de");
    private static final Instant RECORDED_AT = Instant.parse("2025-09-23T08:15:30.123456789Z");

    private JdbcTemplate jdbc;
    private AnnotationEventHandlerAdapter handler;
    private AgreementHistoryQueries queries;

    @BeforeEach
    void migrateAFreshEmbeddedDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        ObjectMapper json = Jackson2ObjectMapperBuilder.json()
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        AgreementHistoryRepository history = new AgreementHistoryRepository(jdbc, json);
        handler = new AnnotationEventHandlerAdapter(new AgreementHistoryProjection(history, new LedgerPositions(jdbc)));
        queries = new AgreementHistoryQueries(history, new InboundLinks(jdbc), new JsonReplacements(json));
    }

    @Test
    void theSameBatchTwiceGivesTheSameRowsLinksAndStates() {
        List<TrackedEventMessage<AgreementEvent>> batch = scenario();

        deliverInOneBatch(batch);
        List<Map<String, Object>> rows = allRows("agreement_history");
        List<Map<String, Object>> links = allRows("agreement_link");
        AgreementState state = asOf(3);
        deliverInOneBatch(batch);

        assertThat(allRows("agreement_history")).isEqualTo(rows).hasSize(5);
        assertThat(allRows("agreement_link")).isEqualTo(links).hasSize(1);
        assertThat(asOf(3)).isEqualTo(state);
    }

    @Test
    void theHistoryLinksTheCorrectionAndTheCorrectedEvent() {
        deliverInOneBatch(scenario());

        var history = queries.handle(new FindAgreementHistory(MOU, List.of(), null, null, null, null, null, 100))
                .orElseThrow();

        assertThat(history.entries()).extracting(entry -> entry.type())
                .containsExactly("MoUSigned", "MilestoneRecorded", "MilestoneRecorded", "RecordCorrected");
        assertThat(history.entries().get(1).correctedBy()).containsExactly(3L);
        assertThat(history.entries().get(3).corrects()).isEqualTo(1L);
        assertThat(history.entries().get(0).recordedBy()).isEqualTo("clerk");
        assertThat(history.entries().get(0).recordedAt()).isEqualTo(RECORDED_AT);
        assertThat(history.entries().get(2).position()).isEqualTo(12);
    }

    @Test
    void theStateAsOfTheCorrectionDropsTheWithdrawnMilestoneAndTheOneBeforeKeepsIt() {
        deliverInOneBatch(scenario());

        assertThat(asOf(2).milestones()).hasSize(2);
        assertThat(asOf(3).milestones()).extracting(milestone -> milestone.label()).containsExactly("Investors' visit");
        assertThat(queries.handle(new FindAgreementAsOf(MOU, null, RECORDED_AT.plusSeconds(2), null)).orElseThrow())
                .isEqualTo(asOf(2));
        assertThat(queries.handle(new FindAgreementAsOf(MOU, null, null, OccurredOn.month(2025, 11))).orElseThrow()
                .milestones()).isEmpty();
    }

    @Test
    void theDiffNamesTheFactsAndTheEventsThatChangedThem() {
        deliverInOneBatch(scenario());

        AgreementDiff diff = queries.handle(new DiffAgreement(MOU, 0, 3)).orElseThrow();

        assertThat(diff.changes()).extracting(change -> change.fact()).containsExactly("milestones");
        assertThat(diff.changes().get(0).added()).hasSize(1);
        assertThat(diff.changes().get(0).changedBy()).extracting(reference -> reference.version())
                .containsExactly(1L, 2L, 3L);
        assertThat(queries.handle(new DiffAgreement(MOU, 0, 9))).isEmpty();
    }

    private AgreementState asOf(long version) {
        return queries.handle(new FindAgreementAsOf(MOU, version, null, null)).orElseThrow();
    }

    private List<Map<String, Object>> allRows(String table) {
        return jdbc.queryForList("select * from " + table + " order by agreement_id, version");
    }

    private static List<TrackedEventMessage<AgreementEvent>> scenario() {
        OccurredOn december = OccurredOn.month(2025, 12);
        List<TrackedEventMessage<AgreementEvent>> batch = new ArrayList<>();
        batch.add(message(new MoUSigned(MOU, "Hyperscale AI data centre", List.of(), List.of(), "New York",
                List.of(), 10, OccurredOn.day(2025, 9, 22), List.of(REPORT)), 0, 10));
        batch.add(message(new MilestoneRecorded(MOU, "Site chosen", "In Jeonnam", december, List.of(REPORT)), 1, 11));
        batch.add(message(new MilestoneRecorded(MOU, "Investors' visit", "Investors came", december,
                List.of(REPORT)), 2, 12));
        batch.add(message(new RecordCorrected(MOU, 1, "MilestoneRecorded", "No site was chosen", null, december,
                List.of(REPORT)), 3, 13));
        batch.add(message(new AgreementsLinked(DEAL, MOU, LinkRelation.RELATED_TO, null, december, List.of(REPORT)),
                0, 14));
        return batch;
    }

    private static TrackedEventMessage<AgreementEvent> message(AgreementEvent event, long version, long position) {
        MetaData metaData = MetaData.with(RecordingMetadata.RECORDED_BY, "clerk")
                .and(RecordingMetadata.CORRELATION_ID, "correlation-" + position)
                .and(RecordingMetadata.LEDGER_POSITION, Long.toString(position));
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position),
                new GenericDomainEventMessage<>("Agreement", event.agreementId(), version, event, metaData,
                        "event-" + position, RECORDED_AT.plusSeconds(version)));
    }

    private void deliverInOneBatch(List<TrackedEventMessage<AgreementEvent>> events) {
        var result = new BatchingUnitOfWork<>(events).executeWithResult(
                () -> handler.handle((EventMessage<?>) CurrentUnitOfWork.get().getMessage()));
        if (result.isExceptional()) {
            throw new IllegalStateException("The projection failed", result.exceptionResult());
        }
    }
}
