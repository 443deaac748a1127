package accord.http.platform.persistence;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the event streams of a {@link WakeableEventStore} that its producer has just put new events
 * into the cache they read: each open stream's {@code setOnAvailableCallback} listener is run on
 * the producer's thread, so listeners must be cheap (a pooled processor's coordinator only schedules
 * itself), and one that throws is logged and never stops the producer or the other listeners.
 */
final class FetchedEventsSignal {

    private static final Logger log = LoggerFactory.getLogger(FetchedEventsSignal.class);

    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();

    /** Runs the listener after every fetch that found events, until the returned action is run. */
    Runnable subscribe(Runnable listener) {
        Runnable subscription = listener::run; // a fresh identity, so subscribing one listener twice is harmless
        listeners.add(subscription);
        return () -> listeners.remove(subscription);
    }

    /** Runs every listener; called once the fetched events can be read from the cache. */
    void eventsFetched() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException | Error e) {
                if (e instanceof VirtualMachineError error) {
                    throw error;
                }
                log.warn("An event stream's listener for fetched events failed; the event store goes on", e);
            }
        }
    }

    int listeners() {
        return listeners.size();
    }
}
