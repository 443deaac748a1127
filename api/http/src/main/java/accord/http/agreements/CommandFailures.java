package accord.http.agreements;

import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;

/**
 * Finds the refusal behind a failed command. Axon may wrap the handler's exception (for example
 * in a CommandExecutionException), and reports storage conflicts with its own exceptions; those
 * become refusals with stable codes here.
 */
final class CommandFailures {

    private CommandFailures() {
    }

    static RuntimeException translate(RuntimeException failure, String agreementId) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AgreementRefused refused) {
                return refused;
            }
            if (cause instanceof AggregateStreamCreationException) {
                return new AgreementRefused(ErrorCode.AGREEMENT_ALREADY_EXISTS,
                        "An agreement with the id '" + agreementId + "' already exists; choose another id.");
            }
            if (cause instanceof ConcurrencyException || cause instanceof ConflictingModificationException) {
                return new AgreementRefused(ErrorCode.CONCURRENT_MODIFICATION,
                        "Someone else changed agreement '" + agreementId + "' at the same moment; read it again and retry.");
            }
            if (cause instanceof AggregateNotFoundException) {
                return new AgreementRefused(ErrorCode.UNKNOWN_AGREEMENT,
                        "There is no agreement with the id '" + agreementId + "'; check the id or propose the agreement first.");
            }
        }
        return failure;
    }
}
