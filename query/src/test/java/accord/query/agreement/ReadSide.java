package accord.query.agreement;

import accord.query.ledger.LedgerPositions;
import accord.messages.recording.RecordingMetadata;
import accord.messages.events.AgreementEvent;
import accord.messages.queries.AgreementState;
import accord.messages.queries.FindAgreement;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import javax.sql.DataSource;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.flywaydb.core.Flyway;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agreement-state projection on a migrated database, driven the way Axon drives it: events
 * as domain event messages through the annotated handler, queries through a query gateway.
 */
final class ReadSide {

    final AgreementStateRepository repository;
    final JdbcClient jdbc;
    private final AnnotationEventHandlerAdapter handler;
    private final QueryGateway queryGateway;
    private final List<RecordedEvent> journal = new ArrayList<>();

    private ReadSide(DataSource dataSource) {
        jdbc = JdbcClient.create(dataSource);
        ObjectMapper json = objectMapperLikeSpringBoots();
        repository = new AgreementStateRepository(jdbc, json);
        AgreementStateProjection projection = new AgreementStateProjection(repository,
                new InboundLinks(new JdbcTemplate(dataSource)),
                (agreementId, upToVersion) -> journal.stream()
                        .filter(event -> event.event().agreementId().equals(agreementId)
                                && event.version() <= upToVersion)
                        .sorted(Comparator.comparingLong(RecordedEvent::version))
                        .toList(),
                new JsonReplacements(json), new LedgerPositions(new JdbcTemplate(dataSource)));
        handler = new AnnotationEventHandlerAdapter(projection);
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        queryGateway = DefaultQueryGateway.builder().queryBus(queryBus).build();
    }

    /** Migrates the database with the scripts of one vendor folder and wires the read side to it. */
    static ReadSide migrated(DataSource dataSource, String vendor) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + vendor)
                .load()
                .migrate();
        return new ReadSide(dataSource);
    }

    static ObjectMapper objectMapperLikeSpringBoots() {
        return Jackson2ObjectMapperBuilder.json()
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    /** Delivers one event in a unit of work of its own, as a processor with a batch size of one would. */
    void deliver(AgreementEvent event, long version, Instant recordedAt) throws Exception {
        TrackedEventMessage<AgreementEvent> message = message(event, version, recordedAt);
        remember(message);
        rethrowFailure(DefaultUnitOfWork.startAndGet(message).executeWithResult(() -> handler.handle(message)));
    }

    /** Delivers events in one batch: one unit of work, as the pooled processor does. */
    void deliverInOneBatch(List<TrackedEventMessage<AgreementEvent>> events) {
        events.forEach(this::remember);
        rethrowFailure(new BatchingUnitOfWork<>(events).executeWithResult(
                () -> handler.handle((EventMessage<?>) CurrentUnitOfWork.get().getMessage())));
    }

    private static void rethrowFailure(ResultMessage<?> result) {
        if (result.isExceptional()) {
            throw new IllegalStateException("The projection failed", result.exceptionResult());
        }
    }

    /** @return the event as the event store hands it to a processor, at ledger position version + POSITION_OFFSET */
    static TrackedEventMessage<AgreementEvent> message(AgreementEvent event, long version, Instant recordedAt) {
        DomainEventMessage<AgreementEvent> message = new GenericDomainEventMessage<>("Agreement", event.agreementId(),
                version, event, MetaData.with(RecordingMetadata.LEDGER_POSITION,
                        Long.toString(version + Agreements.POSITION_OFFSET)),
                "event-" + event.agreementId() + "-" + version, recordedAt);
        return new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(version + Agreements.POSITION_OFFSET), message);
    }

    // The journal holds what the event store would: each event once.
    private void remember(TrackedEventMessage<AgreementEvent> message) {
        DomainEventMessage<?> domain = (DomainEventMessage<?>) message;
        boolean known = journal.stream().anyMatch(event -> event.event().agreementId().equals(
                message.getPayload().agreementId()) && event.version() == domain.getSequenceNumber());
        if (!known) {
            journal.add(new RecordedEvent(domain.getSequenceNumber(), domain.getSequenceNumber() + Agreements.POSITION_OFFSET,
                    message.getTimestamp(), message.getPayload()));
        }
    }

    void reset() {
        handler.prepareReset();
    }

    Optional<AgreementState> find(String agreementId) {
        return queryGateway.query(new FindAgreement(agreementId),
                ResponseTypes.optionalInstanceOf(AgreementState.class)).join();
    }

    String storedJson(String agreementId) {
        return jdbc.sql("select state from agreement_state where agreement_id = ?")
                .param(agreementId).query(String.class).single();
    }
}
