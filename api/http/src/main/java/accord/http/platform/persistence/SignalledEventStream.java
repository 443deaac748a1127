package accord.http.platform.persistence;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.common.stream.StreamUtils;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;

/**
 * A stream of a {@link WakeableEventStore} that says when events become available: its
 * {@code setOnAvailableCallback} is honoured, so a pooled processor's coordinator waits for the
 * {@link FetchedEventsSignal} instead of polling the stream every 500 ms. Everything else is the
 * embedded event store's own stream; closing it stops the callback.
 */
final class SignalledEventStream implements TrackingEventStream {

    private final TrackingEventStream stream;
    private final FetchedEventsSignal signal;
    private Runnable unsubscribe = () -> { };
    private boolean closed;

    SignalledEventStream(TrackingEventStream stream, FetchedEventsSignal signal) {
        this.stream = stream;
        this.signal = signal;
    }

    /** Runs the callback, on the event store's producer thread, after every fetch that found events. */
    @Override
    public synchronized boolean setOnAvailableCallback(Runnable callback) {
        unsubscribe.run();
        unsubscribe = closed || callback == null ? () -> { } : signal.subscribe(callback);
        return true;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            unsubscribe.run();
            unsubscribe = () -> { };
        }
        stream.close();
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return stream.peek();
    }

    @Override
    public boolean hasNextAvailable() {
        return stream.hasNextAvailable();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        return stream.hasNextAvailable(timeout, unit);
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        return stream.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    /** Reads through this stream, not the inner one, so that closing it also stops the callback. */
    @Override
    public Stream<TrackedEventMessage<?>> asStream() {
        return StreamUtils.asStream(this);
    }
}
