package accord.command.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import accord.messages.agreement.Party;
import accord.messages.agreement.PartyKind;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Signatory;
import accord.messages.agreement.Source;
import accord.messages.commands.FormTaskForce;
import accord.messages.commands.RecordMilestone;
import accord.messages.commands.SignMoU;
import accord.messages.recording.Recorded;
import accord.messages.recording.RecordingMetadata;
import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** The write side as Spring Boot and Axon's auto-configuration wire it, on an in-memory event store. */
class AgreementConfigurationTest {

    private static final String ID = "kr-blackrock-ai-datacentre-mou";
    private static final OccurredOn SIGNED_ON = OccurredOn.day(2025, 9, 22);
    private static final List<Source> SOURCES = List.of(new Source("Seed report 000", "MoU signed",
            "https://accord.example/seeds/000", "2025-09-23", "de"));

    private static ConfigurableApplicationContext context;
    private static CommandGateway gateway;

    @SpringBootApplication(exclude = DataSourceAutoConfiguration.class)
    static class WriteSide {

        @Bean
        EventStorageEngine eventStorageEngine() {
            return new InMemoryEventStorageEngine();
        }
    }

    @BeforeAll
    static void start() {
        context = new SpringApplicationBuilder(WriteSide.class)
                .web(WebApplicationType.NONE)
                .properties("axon.axonserver.enabled=false", "axon.serializer.general=jackson",
                        "accord.snapshots.threshold=3")
                .run();
        gateway = context.getBean(CommandGateway.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static CommandMessage<Object> asClerk(Object command, String correlationId) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(
                RecordingMetadata.RECORDED_BY, "clerk", RecordingMetadata.CORRELATION_ID, correlationId));
    }

    @Test
    void recordsWhoAndWhyWithEveryEventAnswersWithVersionsAndSnapshots() {
        CommandMessage<Object> signing = asClerk(new SignMoU(ID, "Hyperscale AI data centre",
                List.of(new Party("KR", PartyKind.STATE, "Republic of Korea", null),
                        new Party("BLACKROCK", PartyKind.ORGANISATION, "BlackRock", null)),
                List.of(new Signatory("Lee Jae Myung", "President", "KR"),
                        new Signatory("Larry Fink", "Chief Executive Officer", "BLACKROCK")),
                SIGNED_ON, "New York", List.of(), 10, SOURCES), "request-1");
        CommandMessage<Object> taskForce = asClerk(new FormTaskForce(ID, "Task force", List.of("KR", "BLACKROCK"),
                null, SIGNED_ON, SOURCES), "request-2");

        assertThat((Object) gateway.sendAndWait(signing)).isEqualTo(new Recorded(ID, 0));
        assertThat((Object) gateway.sendAndWait(taskForce)).isEqualTo(new Recorded(ID, 2));
        CommandMessage<Object> milestone = asClerk(new RecordMilestone(ID, "Visit", "Site visit", SIGNED_ON,
                SOURCES), "request-3");
        assertThat((Object) gateway.sendAndWait(milestone)).isEqualTo(new Recorded(ID, 3));

        List<? extends DomainEventMessage<?>> events = context.getBean(EventStorageEngine.class)
                .readEvents(ID, 0).asStream().toList();
        assertThat(events).extracting(DomainEventMessage::getMetaData).containsExactly(
                metaData("request-1", signing), metaData("request-2", taskForce), metaData("request-2", taskForce),
                metaData("request-3", milestone));
        assertThat(context.getBean(EventStorageEngine.class).readSnapshot(ID)).isPresent();
    }

    @Test
    void refusesACommandForAnUnknownAgreementOnTheBus() {
        AgreementRefused refusal = catchThrowableOfType(AgreementRefused.class, () -> gateway.sendAndWait(
                asClerk(new RecordMilestone("no-such-agreement", "Visit", "Site visit", SIGNED_ON, SOURCES), "r")));

        assertThat(refusal.code()).isEqualTo(ErrorCode.UNKNOWN_AGREEMENT);
    }

    private static MetaData metaData(String correlationId, CommandMessage<?> command) {
        return MetaData.from(Map.of(RecordingMetadata.RECORDED_BY, "clerk",
                RecordingMetadata.CORRELATION_ID, correlationId,
                RecordingMetadata.CAUSATION_ID, command.getIdentifier()));
    }
}
