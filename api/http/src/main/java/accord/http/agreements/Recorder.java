package accord.http.agreements;

import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;

import accord.messages.commands.AgreementCommand;
import accord.messages.recording.CommandMetadata;
import accord.messages.recording.Recorded;
import accord.messages.recording.RecordingMetadata;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends a command through Axon's command gateway with who recorded it and the correlation id,
 * and turns a failure into the refusal behind it. The HTTP API and the demo loader both record
 * through here, so the demo exercises the same command path clerks use.
 */
@Component
public class Recorder {

    private final CommandGateway commands;

    Recorder(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * @param command the command to send
     * @param recordedBy the authenticated principal, stored with every event
     * @param correlationId the id shared by everything one request caused
     * @return what the command recorded
     * @throws accord.messages.refusals.AgreementRefused when the command is refused
     */
    public Recorded record(AgreementCommand command, String recordedBy, String correlationId) {
        return record(command, recordedBy, correlationId, null);
    }

    /**
     * @param command the command to send
     * @param recordedBy the authenticated principal, stored with every event
     * @param correlationId the id shared by everything one request caused
     * @param expectedVersion the version the agreement must be at ({@link CommandMetadata#EXPECTED_VERSION}:
     *     decimal text or {@code *}), checked where the command is handled; null for no condition
     * @return what the command recorded
     * @throws accord.messages.refusals.AgreementRefused when the command is refused, a
     *     {@link accord.messages.refusals.VersionMismatch} when the agreement is at another version
     */
    public Recorded record(AgreementCommand command, String recordedBy, String correlationId, String expectedVersion) {
        MetaData metaData = MetaData.with(RecordingMetadata.RECORDED_BY, recordedBy)
                .and(RecordingMetadata.CORRELATION_ID, correlationId);
        if (expectedVersion != null) {
            metaData = metaData.and(CommandMetadata.EXPECTED_VERSION, expectedVersion);
        }
        try {
            return commands.sendAndWait(command, metaData);
        } catch (RuntimeException failure) {
            RuntimeException refusal = CommandFailures.translate(failure, command.agreementId());
            if (refusal instanceof AgreementRefused refused && decidedOnTheAgreement(refused.code())) {
                // Refused by the agreement as this node had it cached, which may be older than the stored one when
                // other nodes recorded since (a stale If-Match check, a rule decided on an old state). The refusal
                // rolled back and evicted the cached agreement: once more, loaded afresh from the event store.
                try {
                    return commands.sendAndWait(command, metaData);
                } catch (RuntimeException again) {
                    throw CommandFailures.translate(again, command.agreementId());
                }
            }
            throw refusal;
        }
    }

    /**
     * @return whether the agreement, as loaded for the command, decided the refusal; not a storage conflict
     *     (a race, answered 409 so the client decides), an unknown agreement or a creation race
     */
    private static boolean decidedOnTheAgreement(ErrorCode code) {
        return code != ErrorCode.CONCURRENT_MODIFICATION && code != ErrorCode.UNKNOWN_AGREEMENT
                && code != ErrorCode.AGREEMENT_ALREADY_EXISTS;
    }
}
