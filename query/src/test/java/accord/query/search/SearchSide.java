package accord.query.search;

import accord.query.ledger.LedgerPositions;
import accord.messages.recording.RecordingMetadata;
import accord.messages.events.AgreementEvent;
import accord.messages.queries.AgreementPage;
import accord.messages.queries.ListAgreements;
import accord.query.agreement.JsonReplacements;
import accord.query.agreement.RecordedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agreement-search projection on a freshly migrated embedded database (H2 in PostgreSQL mode
 * with the H2 scripts), driven the way Axon drives it: events in units of work through the
 * annotated handler, queries through a query gateway.
 */
final class SearchSide {

    final JdbcTemplate jdbc;
    private final AnnotationEventHandlerAdapter handler;
    private final QueryGateway queryGateway;
    private final List<Delivered> recorded = new ArrayList<>();
    // What the event store would hold: each recorded event once, for folding again after a correction.
    private final List<RecordedEvent> journal = new ArrayList<>();

    private SearchSide(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        ObjectMapper json = Jackson2ObjectMapperBuilder.json()
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        AgreementSearchProjection projection = new AgreementSearchProjection(new AgreementSearchRepository(jdbc, json),
                (agreementId, upToVersion) -> journal.stream()
                        .filter(event -> event.event().agreementId().equals(agreementId) && event.version() <= upToVersion)
                        .toList(),
                new JsonReplacements(json), new LedgerPositions(jdbc));
        handler = new AnnotationEventHandlerAdapter(projection);
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        queryGateway = DefaultQueryGateway.builder().queryBus(queryBus).build();
    }

    static SearchSide onAFreshEmbeddedDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        return new SearchSide(new JdbcTemplate(dataSource));
    }

    /** @return the projection on an already migrated database, its search tables emptied */
    static SearchSide emptied(DataSource dataSource) {
        SearchSide side = new SearchSide(new JdbcTemplate(dataSource));
        side.reset();
        return side;
    }

    /**
     * Records further events of their agreements, numbered after the events already recorded for
     * each, and delivers them in one batch.
     *
     * @return the messages delivered, to deliver again
     */
    List<TrackedEventMessage<AgreementEvent>> record(List<? extends AgreementEvent> events) {
        List<TrackedEventMessage<AgreementEvent>> batch = new ArrayList<>();
        for (AgreementEvent event : events) {
            long version = recorded.stream().filter(done -> done.agreementId().equals(event.agreementId())).count();
            recorded.add(new Delivered(event.agreementId(), version));
            journal.add(new RecordedEvent(version, recorded.size(), SearchedAgreements.RECORDED_AT.plusSeconds(recorded.size()),
                    event));
            batch.add(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(recorded.size()),
                    new GenericDomainEventMessage<>("Agreement", event.agreementId(), version, event,
                            MetaData.with(RecordingMetadata.LEDGER_POSITION, Long.toString(recorded.size())),
                            "event-" + event.agreementId() + "-" + version,
                            SearchedAgreements.RECORDED_AT.plusSeconds(recorded.size()))));
        }
        deliverInOneBatch(batch);
        return batch;
    }

    /** Delivers events in one batch: one unit of work, as the pooled processor does. */
    void deliverInOneBatch(List<TrackedEventMessage<AgreementEvent>> events) {
        rethrowFailure(new BatchingUnitOfWork<>(events).executeWithResult(
                () -> handler.handle((EventMessage<?>) CurrentUnitOfWork.get().getMessage())));
    }

    void reset() {
        handler.prepareReset();
    }

    AgreementPage list(ListAgreements query) {
        return queryGateway.query(query, ResponseTypes.instanceOf(AgreementPage.class)).join();
    }

    /** @return every row the projection keeps, as text, to compare before and after */
    List<String> everyStoredRow() {
        List<String> rows = new ArrayList<>();
        rows.addAll(jdbc.query("select * from agreement_search order by agreement_id", (row, n) -> rowText(row)));
        rows.addAll(jdbc.query("select * from agreement_search_party order by agreement_id, code", (row, n) -> rowText(row)));
        rows.addAll(jdbc.query("select * from agreement_search_scope order by agreement_id, area", (row, n) -> rowText(row)));
        return rows;
    }

    private static String rowText(ResultSet row) throws SQLException {
        StringBuilder text = new StringBuilder();
        for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
            text.append(row.getMetaData().getColumnName(column)).append('=').append(row.getString(column)).append(' ');
        }
        return text.toString();
    }

    private static void rethrowFailure(ResultMessage<?> result) {
        if (result.isExceptional()) {
            throw new IllegalStateException("The projection failed", result.exceptionResult());
        }
    }

    private record Delivered(String agreementId, long version) {
    }
}
