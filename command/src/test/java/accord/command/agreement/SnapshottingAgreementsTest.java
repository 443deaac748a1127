package accord.command.agreement;

import static accord.command.agreement.Agreements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import accord.messages.agreement.LinkRelation;
import accord.messages.commands.AddScopeAreas;
import accord.messages.commands.AnnounceSite;
import accord.messages.commands.LinkAgreements;
import accord.messages.commands.ResumeAgreement;
import accord.messages.commands.CorrectRecord;
import accord.messages.commands.FormTaskForce;
import accord.messages.events.AgreementsLinked;
import accord.messages.events.ImplementationStarted;
import accord.messages.events.RecordCorrected;
import accord.messages.events.ScopeAreasAdded;
import accord.messages.events.SiteAnnounced;
import accord.messages.events.TaskForceFormed;
import accord.messages.recording.Recorded;
import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The aggregate survives being snapshotted with the platform's Jackson settings, rules included. */
class SnapshottingAgreementsTest {

    private static final String TASK_FORCE = "Joint AI ecosystem task force";

    private Agreement restored;
    private Agreement original;

    @BeforeEach
    void snapshotTheSignedDealAndRestoreIt() {
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
        List<Object> history = List.of(technologyProsperityDealProposed(), technologyProsperityDealSigningScheduled(),
                technologyProsperityDealSigned(),
                new ScopeAreasAdded(TECHNOLOGY_PROSPERITY_DEAL, List.of("AI", "6G"), DEAL_SIGNING_DAY, DEAL_REPORT),
                new AgreementsLinked(TECHNOLOGY_PROSPERITY_DEAL, "us-jp-technology-prosperity-deal",
                        LinkRelation.SIMILAR_TO, null, DEAL_SIGNING_DAY, DEAL_REPORT),
                new TaskForceFormed(TECHNOLOGY_PROSPERITY_DEAL, TASK_FORCE, List.of("KR", "US"), null, DEAL_SIGNING_DAY,
                        DEAL_REPORT),
                new ImplementationStarted(TECHNOLOGY_PROSPERITY_DEAL, DEAL_SIGNING_DAY, DEAL_REPORT),
                new SiteAnnounced(TECHNOLOGY_PROSPERITY_DEAL, "Pangyo", "Seongnam", "KR", DEAL_SIGNING_DAY, DEAL_REPORT),
                suspended(TECHNOLOGY_PROSPERITY_DEAL));
        for (int version = 0; version < history.size(); version++) {
            eventStore.publish(new GenericDomainEventMessage<>("Agreement", TECHNOLOGY_PROSPERITY_DEAL, version,
                    history.get(version)));
        }
        AggregateSnapshotter.builder()
                .eventStore(eventStore)
                .aggregateFactories(new GenericAggregateFactory<>(Agreement.class))
                .build()
                .scheduleSnapshot(Agreement.class, TECHNOLOGY_PROSPERITY_DEAL);
        original = (Agreement) storage.readSnapshot(TECHNOLOGY_PROSPERITY_DEAL).orElseThrow().getPayload();

        ObjectMapper snapshotMapper = new ObjectMapper()
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                .setVisibility(PropertyAccessor.GETTER, Visibility.NONE)
                .setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
                .registerModule(new JavaTimeModule());
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(snapshotMapper).build();
        SerializedObject<byte[]> serialized = serializer.serialize(original, byte[].class);
        restored = serializer.deserialize(serialized);
    }

    @Test
    void theRestoredAgreementEqualsTheSnapshottedOne() {
        assertThat(restored).usingRecursiveComparison().isEqualTo(original);
        assertThat(restored).extracting("lifecycle").extracting("resumesTo").hasToString("IN_IMPLEMENTATION");
    }

    /** Loads the restored snapshot the way production does: through an event-sourcing repository behind a command bus. */
    private CommandGateway gatewayOverRestoredSnapshot() {
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        storage.storeSnapshot(new GenericDomainEventMessage<>("Agreement", TECHNOLOGY_PROSPERITY_DEAL, 8, restored));
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
        EventSourcingRepository<Agreement> repository = EventSourcingRepository.builder(Agreement.class)
                .eventStore(eventStore)
                .aggregateFactory(new GenericAggregateFactory<>(Agreement.class))
                .build();
        SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
        commandBus.registerHandlerInterceptor(new UnknownAgreementRefusal());
        AggregateAnnotationCommandHandler.<Agreement>builder()
                .aggregateType(Agreement.class)
                .repository(repository)
                .commandTargetResolver(new AgreementIdTargetResolver())
                .build()
                .subscribe(commandBus);
        return DefaultCommandGateway.builder().commandBus(commandBus).build();
    }

    private static ErrorCode refusalOf(Runnable command) {
        return catchThrowableOfType(AgreementRefused.class, command::run).code();
    }

    @Test
    void theRestoredAgreementStillRefusesWhatItRefusedBefore() {
        CommandGateway gateway = gatewayOverRestoredSnapshot();

        assertThat(refusalOf(() -> gateway.sendAndWait(technologyProsperityDealSigning())))
                .isEqualTo(ErrorCode.AGREEMENT_SUSPENDED);
        Object resumed = gateway.sendAndWait(new ResumeAgreement(TECHNOLOGY_PROSPERITY_DEAL, "Resumed",
                DEAL_SIGNING_DAY, DEAL_REPORT));
        assertThat(resumed).isEqualTo(new Recorded(TECHNOLOGY_PROSPERITY_DEAL, 9));
        assertThat(refusalOf(() -> gateway.sendAndWait(technologyProsperityDealSigning())))
                .isEqualTo(ErrorCode.ALREADY_SIGNED);
        assertThat(refusalOf(() -> gateway.sendAndWait(new FormTaskForce(TECHNOLOGY_PROSPERITY_DEAL, TASK_FORCE,
                List.of("KR"), null, DEAL_SIGNING_DAY, DEAL_REPORT))))
                .isEqualTo(ErrorCode.TASK_FORCE_ALREADY_FORMED);
        assertThat(refusalOf(() -> gateway.sendAndWait(new AnnounceSite(TECHNOLOGY_PROSPERITY_DEAL, "Ulsan", "Ulsan",
                "KR", DEAL_SIGNING_DAY, DEAL_REPORT))))
                .isEqualTo(ErrorCode.SITE_ALREADY_ANNOUNCED);
        assertThat(refusalOf(() -> gateway.sendAndWait(new LinkAgreements(TECHNOLOGY_PROSPERITY_DEAL,
                "us-jp-technology-prosperity-deal", LinkRelation.SIMILAR_TO, null, DEAL_SIGNING_DAY, DEAL_REPORT))))
                .isEqualTo(ErrorCode.ALREADY_LINKED);
        assertThat(refusalOf(() -> gateway.sendAndWait(new AddScopeAreas(TECHNOLOGY_PROSPERITY_DEAL,
                List.of("ai"), DEAL_SIGNING_DAY, DEAL_REPORT))))
                .isEqualTo(ErrorCode.SCOPE_AREAS_ALREADY_PRESENT);
        Object corrected = gateway.sendAndWait(new CorrectRecord(TECHNOLOGY_PROSPERITY_DEAL, 7, "Wrong site",
                Map.of("name", "Pangyo Techno Valley"), DEAL_SIGNING_DAY, DEAL_REPORT));
        assertThat(corrected).isEqualTo(new Recorded(TECHNOLOGY_PROSPERITY_DEAL, 10));
    }

    @Test
    void aCommandForAnUnknownAgreementIsRefusedOnTheBus() {
        CommandGateway gateway = gatewayOverRestoredSnapshot();

        assertThat(refusalOf(() -> gateway.sendAndWait(new FormTaskForce(KOREA_BLACKROCK, TASK_FORCE, List.of(), null, MOU_SIGNED_ON, MOU_REPORT))))
                .isEqualTo(ErrorCode.UNKNOWN_AGREEMENT);
    }
}
