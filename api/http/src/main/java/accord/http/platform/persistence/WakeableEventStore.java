package accord.http.platform.persistence;

import java.time.Duration;
import java.util.List;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Axon's embedded event store, which can be told that events were appended elsewhere, and whose
 * streams say when events arrive. Its streaming processors fetch at once after a commit on this
 * node, but find another node's events only by polling every {@code accord.event-store.fetch-delay};
 * told by the ledger's {@code NOTIFY} ({@link ProcessorWakeUp}), they fetch at once on every node.
 * Its streams ({@link SignalledEventStream}) honour {@code setOnAvailableCallback}: once the store's
 * producer has put new events into its cache ({@link SignallingStorageEngine}), a pooled processor's
 * coordinator runs at once instead of finding them on its next 500 ms poll.
 *
 * <p>Once in the cache, no event waits for a coordinator's fallback delay (the smaller of its claim
 * extension threshold and token claim interval), because the callback is raised only after the
 * events are readable from the stream, and whenever it is raised the coordinator either runs again
 * or has yet to look:
 * <ul>
 * <li>raised before a coordination run takes its processing gate: the run it schedules, or the one
 *     under way, reads the events;</li>
 * <li>raised while a run holds the gate: the run it schedules may bail out on the gate, but the
 *     running one only then releases the gate and asks {@code hasNextAvailable()}, which sees the
 *     events (they were cached before the callback) and schedules itself at once;</li>
 * <li>raised after that last check, before the run schedules its delayed task: the callback
 *     schedules an immediate run through the coordinator's separate gate, and the delayed task is
 *     then skipped or merely redundant.</li>
 * </ul>
 * Events the producer has not fetched are not in the cache; the producer fetches them on the next
 * {@code NOTIFY}, or after {@code fetch-delay} if that is lost, and raises the callback then. Work
 * packages that are full are polled every 100 ms by the coordinator, as before. An idle coordinator
 * is still run about every second, by the signal after a quiet fetch, so that its work packages
 * extend their claims in time (see {@link SignallingStorageEngine}); that also brings back, within
 * a second, a stream that has just left the cache for a private catch-up (Axon's embedded store
 * does that when a stream falls behind the cache) and is not yet tailing it again. The one case
 * left to the coordinator's fallback delay is such a stream when no stream of this node tails the
 * cache, since the producer then does not fetch at all: its coordinator's next run, at the latest
 * after that delay, reads the events from the database and tails the cache again.
 */
public class WakeableEventStore extends EmbeddedEventStore {

    private final FetchedEventsSignal fetched = new FetchedEventsSignal();
    private final SignallingStorageEngine engine;

    WakeableEventStore(EmbeddedEventStore.Builder builder) {
        this(builder, SignallingStorageEngine.QUIET_SIGNAL);
    }

    /** With the longest the producer, fetching in vain, leaves the streams without a signal. */
    WakeableEventStore(EmbeddedEventStore.Builder builder, Duration quietSignal) {
        super(builder);
        this.engine = new SignallingStorageEngine(super.storageEngine(), fetched, quietSignal, System::nanoTime);
    }

    /** Wakes the processors waiting for events, as a commit on this node does; never blocks. */
    public void eventsAppended() {
        afterCommit(List.of());
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new SignalledEventStream(super.openStream(trackingToken), fetched);
    }

    /**
     * The engine as the producer and the streams' private catch-up read it; appends, snapshots and
     * aggregate reads use the real engine directly, as before.
     */
    @Override
    protected EventStorageEngine storageEngine() {
        return engine;
    }

    /** How many streams wait for the signal, for tests. */
    int streamsAwaitingEvents() {
        return fetched.listeners();
    }
}
