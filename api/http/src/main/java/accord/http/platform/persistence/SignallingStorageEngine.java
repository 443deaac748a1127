package accord.http.platform.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The storage engine as a {@link WakeableEventStore}'s producer reads it: every call goes to the real
 * engine unchanged (appends and snapshots included), but the streams that may block, which only the
 * event store's producer opens to fill the cache its tailing streams read, raise the
 * {@link FetchedEventsSignal} once events they produced have been taken into that cache: after the
 * first event of a fetch (so a long catch-up is not held back until its last batch) and when the
 * fetch ends, or fails, having produced more since. The producer links each event into the cache
 * inside its {@code forEach} before it asks for the next, so by the time the signal is raised the
 * events are readable. Streams that may not block (a stream's private catch-up) pass through as they
 * are.
 *
 * <p>A fetch that finds nothing raises the signal too if none was raised for {@link #QUIET_SIGNAL}:
 * an idle coordinator that is told of events otherwise runs only every claim extension threshold
 * (5 s), which is also when it has its work packages extend their claims, so an idle claim could
 * go unextended for twice that, the token store's claim timeout (10 s), and pass to another node.
 * With the producer fetching every {@code fetch-delay} (1 s), idle coordinators run about that
 * often, half as often as their former 500 ms polls.
 */
final class SignallingStorageEngine implements EventStorageEngine {

    /** The longest the producer, fetching in vain, leaves the streams without a signal. */
    static final Duration QUIET_SIGNAL = Duration.ofSeconds(1);

    private final long quietNanos;
    private final EventStorageEngine engine;
    private final FetchedEventsSignal signal;
    private final LongSupplier nanoTime;
    /** When the signal was last raised; written by the producer's thread only. */
    private volatile long signalledAt;

    SignallingStorageEngine(EventStorageEngine engine, FetchedEventsSignal signal) {
        this(engine, signal, QUIET_SIGNAL, System::nanoTime);
    }

    SignallingStorageEngine(EventStorageEngine engine, FetchedEventsSignal signal, Duration quietSignal,
                            LongSupplier nanoTime) {
        this.quietNanos = quietSignal.toNanos();
        this.engine = engine;
        this.signal = signal;
        this.nanoTime = nanoTime;
        this.signalledAt = nanoTime.getAsLong();
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(trackingToken, mayBlock);
        if (!mayBlock) {
            return events;
        }
        return StreamSupport.stream(new Signalling<>(events.spliterator()), false).onClose(events::close);
    }

    private void raise() {
        signalledAt = nanoTime.getAsLong();
        signal.eventsFetched();
    }

    private void raiseIfQuietTooLong() {
        if (nanoTime.getAsLong() - signalledAt >= quietNanos) {
            raise();
        }
    }

    @Override
    public void appendEvents(EventMessage<?>... events) {
        engine.appendEvents(events);
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        engine.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        engine.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return engine.readEvents(aggregateIdentifier);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return engine.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return engine.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return engine.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return engine.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return engine.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return engine.createTokenAt(dateTime);
    }

    /**
     * Raises the signal after the consumer has taken the first element, and at the end (or on a
     * failure) if it has taken more since; at the end of an empty fetch, if it has been quiet too
     * long. Used by one thread, as a spliterator is.
     */
    private final class Signalling<T> implements Spliterator<T> {

        private final Spliterator<T> events;
        private long taken;
        private long signalled;
        private boolean ended;

        private Signalling(Spliterator<T> events) {
            this.events = events;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            boolean advanced;
            try {
                advanced = events.tryAdvance(action);
            } catch (RuntimeException | Error e) {
                signalIfUnsignalled();
                throw e;
            }
            if (advanced) {
                taken++;
                if (taken == 1) {
                    signalIfUnsignalled();
                }
            } else {
                end();
            }
            return advanced;
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            try {
                events.forEachRemaining(event -> {
                    action.accept(event);
                    taken++;
                    if (taken == 1) {
                        signalIfUnsignalled();
                    }
                });
            } finally {
                end();
            }
        }

        private void end() {
            if (taken == 0 && !ended) {
                raiseIfQuietTooLong();
            }
            ended = true;
            signalIfUnsignalled();
        }

        private void signalIfUnsignalled() {
            if (taken > signalled) {
                signalled = taken;
                raise();
            }
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return events.estimateSize();
        }

        /** Never {@code SIZED}: a sized stream may be counted without being read, and so without a signal. */
        @Override
        public int characteristics() {
            return events.characteristics() & ~(SIZED | SUBSIZED);
        }
    }
}
