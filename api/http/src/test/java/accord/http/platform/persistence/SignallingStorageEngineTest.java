package accord.http.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/**
 * The storage engine as the event store's producer reads it: the signal is raised once the producer
 * has taken a fetch's first event, and again when the fetch ends if more came after it; never for
 * an empty fetch nor for a stream that may not block; everything else is the real engine's.
 */
class SignallingStorageEngineTest {

    private final InMemoryEventStorageEngine real = new InMemoryEventStorageEngine();
    private final FetchedEventsSignal signal = new FetchedEventsSignal();
    private final AtomicLong nanoTime = new AtomicLong();
    private final SignallingStorageEngine engine =
            new SignallingStorageEngine(real, signal, Duration.ofSeconds(1), nanoTime::get);
    private final List<String> log = new ArrayList<>();

    SignallingStorageEngineTest() {
        signal.subscribe(() -> log.add("signal"));
    }

    @Test
    void anEmptyFetchRaisesNoSignal() {
        engine.readEvents(null, true).forEach(event -> log.add("event"));

        assertThat(log).isEmpty();
    }

    @Test
    void anEmptyFetchRaisesTheSignalOnceItHasBeenQuietTooLong() {
        nanoTime.addAndGet(Duration.ofMillis(999).toNanos());
        engine.readEvents(null, true).forEach(event -> log.add("event"));
        assertThat(log).isEmpty();

        nanoTime.addAndGet(Duration.ofMillis(1).toNanos());
        engine.readEvents(null, true).forEach(event -> log.add("event"));
        engine.readEvents(null, true).forEach(event -> log.add("event"));
        assertThat(log).containsExactly("signal");

        nanoTime.addAndGet(Duration.ofMillis(600).toNanos());
        real.appendEvents(GenericEventMessage.asEventMessage("one"));
        TrackingToken last = engine.readEvents(null, true)
                .peek(event -> log.add(event.getPayload().toString()))
                .reduce((first, second) -> second).orElseThrow().trackingToken();
        nanoTime.addAndGet(Duration.ofMillis(600).toNanos());
        engine.readEvents(last, true).forEach(event -> log.add("event"));
        assertThat(log).as("quiet for 600 ms since the last signal").containsExactly("signal", "one", "signal");
    }

    @Test
    void aFetchOfOneEventSignalsOnceItIsTaken() {
        real.appendEvents(GenericEventMessage.asEventMessage("one"));

        engine.readEvents(null, true).forEach(event -> log.add(event.getPayload().toString()));

        assertThat(log).containsExactly("one", "signal");
    }

    @Test
    void aLongerFetchSignalsAfterItsFirstEventAndAtItsEnd() {
        real.appendEvents(GenericEventMessage.asEventMessage("one"), GenericEventMessage.asEventMessage("two"),
                GenericEventMessage.asEventMessage("three"));

        engine.readEvents(null, true).forEach(event -> log.add(event.getPayload().toString()));

        assertThat(log).containsExactly("one", "signal", "two", "three", "signal");
    }

    @Test
    void aStreamReadOneByOneSignalsTheSame() {
        real.appendEvents(GenericEventMessage.asEventMessage("one"), GenericEventMessage.asEventMessage("two"));

        Spliterator<? extends TrackedEventMessage<?>> events = engine.readEvents(null, true).spliterator();
        while (events.tryAdvance(event -> log.add(event.getPayload().toString()))) {
            log.add("next");
        }

        assertThat(log).containsExactly("one", "signal", "next", "two", "next", "signal");
    }

    @Test
    void aFetchThatFailsStillSignalsWhatItTook() {
        InMemoryEventStorageEngine failing = new InMemoryEventStorageEngine() {
            @Override
            public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
                return super.readEvents(token, mayBlock).map(event -> {
                    if ("three".equals(event.getPayload())) {
                        throw new IllegalStateException("the database went away");
                    }
                    return event;
                });
            }
        };
        failing.appendEvents(GenericEventMessage.asEventMessage("one"), GenericEventMessage.asEventMessage("two"),
                GenericEventMessage.asEventMessage("three"));

        assertThatThrownBy(() -> new SignallingStorageEngine(failing, signal, Duration.ofSeconds(1), nanoTime::get)
                .readEvents(null, true)
                .forEach(event -> log.add(event.getPayload().toString())))
                .isInstanceOf(IllegalStateException.class);

        assertThat(log).containsExactly("one", "signal", "two", "signal");
    }

    @Test
    void aStreamThatMayNotBlockRaisesNoSignal() {
        real.appendEvents(GenericEventMessage.asEventMessage("one"));

        engine.readEvents(null, false).forEach(event -> log.add("event"));

        assertThat(log).containsExactly("event");
    }

    @Test
    void aSignalledStreamIsNeverSizedSoItIsAlwaysRead() {
        real.appendEvents(GenericEventMessage.asEventMessage("one"));

        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, true)) {
            assertThat(events.spliterator().hasCharacteristics(Spliterator.SIZED)).isFalse();
        }
    }

    @Test
    void everythingElseIsTheRealEngines() {
        engine.appendEvents(new GenericDomainEventMessage<>("Agreement", "a-1", 0, "signed"));
        engine.appendEvents(List.of(new GenericDomainEventMessage<>("Agreement", "a-1", 1, "amended")));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Agreement", "a-1", 1, "snapshot"));

        assertThat(real.readEvents("a-1").asStream().<Object>map(event -> event.getPayload()).toList())
                .containsExactly("signed", "amended");
        assertThat(engine.readEvents("a-1").asStream().count()).isEqualTo(2);
        assertThat(engine.readEvents("a-1", 1).asStream().count()).isEqualTo(1);
        assertThat(engine.lastSequenceNumberFor("a-1")).contains(1L);
        assertThat(engine.readSnapshot("a-1").<Object>map(snapshot -> snapshot.getPayload())).contains("snapshot");
        assertThat(engine.createHeadToken()).isEqualTo(real.createHeadToken());
        assertThat(engine.createTailToken()).isEqualTo(real.createTailToken());
        assertThat(engine.createTokenAt(java.time.Instant.EPOCH)).isEqualTo(real.createTokenAt(java.time.Instant.EPOCH));
        assertThat(log).isEmpty();
    }
}
