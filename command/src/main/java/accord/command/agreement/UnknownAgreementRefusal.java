package accord.command.agreement;

import accord.messages.commands.AgreementCommand;
import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Turns Axon's "aggregate not found" into the domain's {@code UNKNOWN_AGREEMENT} refusal, so that
 * every client of the command bus sees the same refusal. Register it on the command bus as a
 * handler interceptor.
 */
public class UnknownAgreementRefusal implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (AggregateNotFoundException notFound) {
            Object payload = unitOfWork.getMessage().getPayload();
            String command = payload.getClass().getSimpleName();
            String agreementId = payload instanceof AgreementCommand agreementCommand
                    ? agreementCommand.agreementId()
                    : String.valueOf(notFound.getAggregateIdentifier());
            throw new AgreementRefused(ErrorCode.UNKNOWN_AGREEMENT, "No agreement has the id '" + agreementId
                    + "', so " + command + " cannot be recorded. Check the id, or record the agreement first"
                    + " (propose it, or sign-mou for a memorandum of understanding).");
        }
    }
}
