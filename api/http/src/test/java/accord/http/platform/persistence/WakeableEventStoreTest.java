package accord.http.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes' event stores on one storage engine, without a database: an event appended through one
 * node reaches a stream of the other as soon as that node is told, and the stream says so through
 * its availability callback, by then with the event readable. The fetch delay is 10 s, so nothing
 * here is found by polling, and the signal after a quiet fetch is off but in the one test of it.
 */
class WakeableEventStoreTest {

    private static final long FETCH_DELAY_MILLIS = 10_000;
    private static final long WITHIN_SECONDS = 3;

    private final InMemoryEventStorageEngine ledger = new InMemoryEventStorageEngine();
    private final WakeableEventStore writer = store();
    private final WakeableEventStore reader = store();
    private final List<TrackingEventStream> streams = new ArrayList<>();

    @AfterEach
    void shutDown() {
        streams.forEach(TrackingEventStream::close);
        writer.shutDown();
        reader.shutDown();
    }

    @Test
    void aStreamIsCalledBackOnceAnotherNodesEventIsFetchedAndReadable() throws Exception {
        TrackingEventStream stream = tailing();
        CompletableFuture<Boolean> availableWhenCalledBack = new CompletableFuture<>();

        assertThat(stream.setOnAvailableCallback(() -> availableWhenCalledBack.complete(stream.hasNextAvailable())))
                .isTrue();
        writer.publish(GenericEventMessage.asEventMessage("written on another node"));
        reader.eventsAppended();

        assertThat(availableWhenCalledBack.get(WITHIN_SECONDS, TimeUnit.SECONDS)).isTrue();
        TrackedEventMessage<?> event = stream.nextAvailable();
        assertThat(event.getPayload()).isEqualTo("written on another node");
        assertThat(stream.hasNextAvailable()).isFalse();
    }

    @Test
    void aStreamIsCalledBackAfterEachFetchThatFindsEvents() throws Exception {
        TrackingEventStream stream = tailing();
        AtomicInteger calls = new AtomicInteger();
        List<Object> read = new ArrayList<>();
        CompletableFuture<Void> first = new CompletableFuture<>();
        CompletableFuture<Void> second = new CompletableFuture<>();
        stream.setOnAvailableCallback(() -> {
            (calls.incrementAndGet() == 1 ? first : second).complete(null);
        });

        writer.publish(GenericEventMessage.asEventMessage("first"));
        reader.eventsAppended();
        first.get(WITHIN_SECONDS, TimeUnit.SECONDS);
        read.add(stream.nextAvailable().getPayload());
        writer.publish(GenericEventMessage.asEventMessage("second"));
        reader.eventsAppended();
        second.get(WITHIN_SECONDS, TimeUnit.SECONDS);
        assertThat(stream.hasNextAvailable()).isTrue();
        read.add(stream.nextAvailable().getPayload());

        assertThat(read).containsExactly("first", "second");
    }

    @Test
    void aClosedStreamIsNotCalledBack() throws Exception {
        TrackingEventStream open = tailing();
        TrackingEventStream closed = tailing();
        CompletableFuture<Void> openCalledBack = new CompletableFuture<>();
        AtomicInteger closedCalledBack = new AtomicInteger();
        open.setOnAvailableCallback(() -> openCalledBack.complete(null));
        closed.setOnAvailableCallback(closedCalledBack::incrementAndGet);
        assertThat(reader.streamsAwaitingEvents()).isEqualTo(2);

        closed.close();
        assertThat(reader.streamsAwaitingEvents()).isEqualTo(1);
        writer.publish(GenericEventMessage.asEventMessage("after the close"));
        reader.eventsAppended();

        openCalledBack.get(WITHIN_SECONDS, TimeUnit.SECONDS);
        assertThat(closedCalledBack).hasValue(0);
        assertThat(closed.setOnAvailableCallback(closedCalledBack::incrementAndGet)).isTrue();
        assertThat(reader.streamsAwaitingEvents()).isEqualTo(1);
    }

    @Test
    void aCallbackThatThrowsStopsNeitherFetchingNorTheOtherStreams() throws Exception {
        TrackingEventStream failing = tailing();
        TrackingEventStream healthy = tailing();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<Void> first = new CompletableFuture<>();
        CompletableFuture<Void> second = new CompletableFuture<>();
        failing.setOnAvailableCallback(() -> {
            failures.incrementAndGet();
            throw new IllegalStateException("a coordinator that cannot schedule itself");
        });
        healthy.setOnAvailableCallback(() -> (calls.incrementAndGet() == 1 ? first : second).complete(null));

        writer.publish(GenericEventMessage.asEventMessage("first"));
        reader.eventsAppended();
        first.get(WITHIN_SECONDS, TimeUnit.SECONDS);
        assertThat(healthy.nextAvailable().getPayload()).isEqualTo("first");
        writer.publish(GenericEventMessage.asEventMessage("second"));
        reader.eventsAppended();
        second.get(WITHIN_SECONDS, TimeUnit.SECONDS);

        assertThat(healthy.nextAvailable().getPayload()).isEqualTo("second");
        assertThat(failures).hasValueGreaterThanOrEqualTo(2);
        assertThat(failing.hasNextAvailable()).isTrue();
    }

    @Test
    void appendsGoToTheRealEngine() {
        writer.publish(GenericEventMessage.asEventMessage("appended"));

        assertThat(ledger.readEvents(null, false).<Object>map(TrackedEventMessage::getPayload).toList())
                .containsExactly("appended");
        assertThat(writer.createHeadToken()).isEqualTo(ledger.createHeadToken());
        assertThat(writer.createTailToken()).isEqualTo(ledger.createTailToken());
    }

    @Test
    void anIdleStreamIsCalledBackAfterAQuietFetch() throws Exception {
        WakeableEventStore polling = new WakeableEventStore(EmbeddedEventStore.builder()
                .storageEngine(ledger)
                .fetchDelay(100), Duration.ofMillis(200));
        try {
            TrackingEventStream stream = polling.openStream(null);
            streams.add(stream);
            assertThat(stream.hasNextAvailable()).isFalse();
            CompletableFuture<Boolean> availableWhenCalledBack = new CompletableFuture<>();
            stream.setOnAvailableCallback(() -> availableWhenCalledBack.complete(stream.hasNextAvailable()));

            assertThat(availableWhenCalledBack.get(WITHIN_SECONDS, TimeUnit.SECONDS)).isFalse();
        } finally {
            polling.shutDown();
        }
    }

    private WakeableEventStore store() {
        return new WakeableEventStore(EmbeddedEventStore.builder()
                .storageEngine(ledger)
                .fetchDelay(FETCH_DELAY_MILLIS), Duration.ofHours(1));
    }

    /**
     * A stream of the reading node at the head of the (empty) ledger, which has read its private
     * catch-up to the end and so tails the node's cache, as a caught-up processor's stream does.
     */
    private TrackingEventStream tailing() {
        TrackingEventStream stream = reader.openStream(null);
        streams.add(stream);
        assertThat(stream.hasNextAvailable()).isFalse();
        return stream;
    }
}
