package accord.http.admin;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import accord.messages.events.AgreementEvent;

/**
 * A projection that fails on every event of the agreements it is told to, until it is fixed: with an
 * exception, or with an {@link Error} (as a failed {@code assert}, a missing class or a broken static
 * initialiser throw), which Axon's work packages and dead-letter queue do not catch by themselves.
 */
@ProcessingGroup(PoisonProjection.GROUP)
public class PoisonProjection {

    static final String GROUP = "poison-test";

    private final Set<String> poisoned = ConcurrentHashMap.newKeySet();
    private final Set<String> poisonedWithAnError = ConcurrentHashMap.newKeySet();
    private final Set<String> handled = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(AgreementEvent event) {
        if (poisoned.contains(event.agreementId())) {
            throw new IllegalStateException("The poison test refuses " + event.agreementId());
        }
        if (poisonedWithAnError.contains(event.agreementId())) {
            throw new AssertionError("The poison test asserts against " + event.agreementId());
        }
        handled.add(event.agreementId());
    }

    void poison(String agreementId) {
        poisoned.add(agreementId);
    }

    void poisonWithAnError(String agreementId) {
        poisonedWithAnError.add(agreementId);
    }

    void fix(String agreementId) {
        poisoned.remove(agreementId);
        poisonedWithAnError.remove(agreementId);
    }

    boolean hasHandled(String agreementId) {
        return handled.contains(agreementId);
    }
}
