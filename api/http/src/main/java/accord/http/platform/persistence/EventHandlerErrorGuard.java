package accord.http.platform.persistence;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;

/**
 * Turns an {@link Error} thrown by an event handler into an {@link EventHandlerError}.
 *
 * <p>Axon's pooled work packages, units of work and dead-letter queues catch {@code Exception}, not
 * {@code Throwable}. An {@code AssertionError}, a {@code NoClassDefFoundError} or an
 * {@code ExceptionInInitializerError} from a handler escapes the work package's worker, which stays
 * marked as scheduled and never runs again: its segment stops for good, with no error status, no
 * dead letter, and a coordinator that waits forever for the package to abort. Carried as an exception,
 * the failure is parked as a dead letter (or retried) like any other, and the rest keep flowing.
 *
 * <p>A {@link VirtualMachineError} other than {@link StackOverflowError} (an out-of-memory above all)
 * says the JVM itself is in trouble and is left to propagate: nothing is sensible to park there. A
 * stack overflow is a handler's bug on one event, so it is parked too.
 */
public class EventHandlerErrorGuard implements HandlerEnhancerDefinition {

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        return original.canHandleMessageType(EventMessage.class) ? new Guarded<>(original) : original;
    }

    private static final class Guarded<T> extends WrappedMessageHandlingMember<T> {

        private Guarded(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            try {
                return super.handle(message, target);
            } catch (VirtualMachineError fatal) {
                if (fatal instanceof StackOverflowError) {
                    throw new EventHandlerError(fatal);
                }
                throw fatal;
            } catch (Error error) {
                throw new EventHandlerError(error);
            }
        }
    }
}
