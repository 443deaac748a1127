package accord.http.agreements;

import accord.messages.refusals.VersionMismatch;

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
            if (refusal instanceof VersionMismatch mismatch && behind(mismatch, expectedVersion)) {
                // The client read a version this node's cached agreement has not seen: it was recorded through
                // another node. The refusal rolled back and evicted the cached agreement; once more, loaded afresh.
                try {
                    return commands.sendAndWait(command, metaData);
                } catch (RuntimeException again) {
                    throw CommandFailures.translate(again, command.agreementId());
                }
            }
            throw refusal;
        }
    }

    /** @return whether the agreement as loaded was older than the version the sender expects */
    private static boolean behind(VersionMismatch mismatch, String expectedVersion) {
        if (expectedVersion == null || mismatch.currentVersion() == null || !expectedVersion.matches("\\d{1,18}")) {
            return false;
        }
        return mismatch.currentVersion() < Long.parseLong(expectedVersion);
    }
}
