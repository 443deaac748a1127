package accord.command.agreement;

import accord.messages.commands.AgreementCommand;
import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Routes every {@link AgreementCommand} to the agreement named by its {@code agreementId()}: the
 * published commands are plain records without Axon's routing annotations.
 */
public class AgreementIdTargetResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (!(command.getPayload() instanceof AgreementCommand agreementCommand)) {
            throw new IllegalArgumentException(command.getPayloadType().getName()
                    + " is not an agreement command. It does not identify the target aggregate.");
        }
        String agreementId = agreementCommand.agreementId();
        if (agreementId == null || agreementId.isBlank()) {
            throw new AgreementRefused(ErrorCode.VALUE_REQUIRED, agreementCommand.getClass().getSimpleName()
                    + " names no agreement; fill in agreementId with the agreement's id.");
        }
        return new VersionedAggregateIdentifier(agreementId, null);
    }
}
