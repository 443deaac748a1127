package accord.http.idempotency;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import accord.messages.recording.Recorded;

/**
 * Writes, in the command's own transaction, that the command holding an {@code Idempotency-Key}
 * recorded its events: the key's row gets the agreement and version, on condition that this request
 * still holds the claim. So a node killed after the commit but before the answer was stored leaves a
 * key that a retry answers from (the receipt is rebuilt), instead of running the command a second
 * time; and a request whose claim lapsed and was taken by a retry cannot commit at all (its unit of
 * work rolls back). Axon's {@code SimpleCommandBus} handles a command in the thread that sends it,
 * which is the request's thread, where {@link IdempotencyFilter} put the claim it holds.
 */
final class IdempotentCommit implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** A claim the current request holds. */
    record Held(String principal, String key, String token) {
    }

    private static final ThreadLocal<Held> HELD = new ThreadLocal<>();

    private final IdempotencyStore store;

    IdempotentCommit(IdempotencyStore store) {
        this.store = store;
    }

    /** Marks the current thread as handling the request that holds this claim, until {@link #release()}. */
    static void hold(Held held) {
        HELD.set(held);
    }

    static void release() {
        HELD.remove();
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Held held = HELD.get();
        Object result = interceptorChain.proceed();
        if (held != null && result instanceof Recorded recorded) {
            unitOfWork.onPrepareCommit(committing -> store.recordedBy(held, recorded));
        }
        return result;
    }
}
