package accord.http.feed;

import accord.messages.ledger.LeafRecord;
import accord.query.feed.AgreementCloudEvents;
import accord.query.feed.AgreementFeed;
import accord.query.feed.FeedFilter;
import accord.query.feed.FeedPage;
import accord.query.feed.LedgerTail;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Every open event stream of this node. When the {@link LedgerTail} says the ledger grew, the new
 * events are read once into {@link RecentEvents} and every stream is pumped from there; a stream
 * that is behind reads from the database until it catches up.
 *
 * <p>Stopped before the web server's graceful shutdown (a higher lifecycle phase), it ends every
 * stream at once, so open streams never hold a shutdown up; clients reconnect to another node or
 * after the restart with their {@code Last-Event-ID}.
 */
@Component
public class EventStreamHub implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventStreamHub.class);
    private static final int RECENT = 4_096;

    private final AgreementFeed feed;
    private final AgreementCloudEvents cloudEvents;
    private final LedgerTail tail;
    private final FeedSettings settings;
    private final RecentEvents recent = new RecentEvents(RECENT);
    private final Set<EventStream> streams = ConcurrentHashMap.newKeySet();
    private final AtomicInteger pending = new AtomicInteger();
    private volatile long size = -1;
    private volatile boolean running;
    private ThreadPoolExecutor pumps;
    private ScheduledExecutorService clock;
    private ExecutorService reader;
    private Runnable stopListening;

    EventStreamHub(AgreementFeed feed, AgreementCloudEvents cloudEvents, LedgerTail tail, FeedSettings settings,
                 MeterRegistry meters) {
        this.feed = feed;
        this.cloudEvents = cloudEvents;
        this.tail = tail;
        this.settings = settings;
        Gauge.builder("accord.feed.streams", streams, Set::size)
                .description("Server-Sent Events streams open on this node").register(meters);
    }

    /**
     * Opens a stream.
     *
     * @param after  the last position the client has; -1 for everything
     * @param filter which events it wants
     * @return the emitter to answer the request with, or empty when this node serves its maximum of streams
     */
    Optional<SseEmitter> open(long after, FeedFilter filter) {
        if (!running || streams.size() >= settings.maxStreams()) {
            return Optional.empty();
        }
        SseEmitter emitter = new SseEmitter(0L);
        EventStream stream = new EventStream(emitter, after, filter, settings.streamBatch(), cloudEvents);
        streams.add(stream);
        emitter.onCompletion(() -> forget(stream));
        emitter.onTimeout(stream::close);
        emitter.onError(failure -> stream.close());
        try {
            emitter.send(SseEmitter.event().reconnectTime(settings.retry().toMillis())
                    .comment("Accord agreement events after position " + after));
        } catch (IOException failure) {
            stream.close();
            return Optional.of(emitter);
        }
        schedule(stream);
        return Optional.of(emitter);
    }

    /** @return how many streams are open */
    int openStreams() {
        return streams.size();
    }

    private void forget(EventStream stream) {
        stream.close();
        streams.remove(stream);
    }

    private void schedule(EventStream stream) {
        if (stream.requestPump()) {
            try {
                pumps.execute(() -> stream.pump(this::size, recent, feed));
            } catch (RuntimeException rejected) {
                stream.close();
            }
        }
    }

    private long size() {
        long known = size;
        return known >= 0 ? known : feed.head();
    }

    private void grew(long newSize) {
        if (pending.getAndIncrement() == 0) {
            reader.execute(this::readNewEvents);
        }
    }

    /** Reads what the ledger gained into the recent window once, then wakes every stream. */
    private void readNewEvents() {
        do {
            pending.set(1);
            try {
                // The tail's size was committed before it was heard: no need to ask the database again.
                long newSize = Math.max(tail.size(), size);
                fill(newSize);
                size = newSize;
                streams.forEach(this::schedule);
            } catch (RuntimeException failure) {
                log.warn("Could not read the newest events for the streams; the next growth tries again: {}",
                        failure.toString());
            }
        } while (pending.decrementAndGet() > 0);
    }

    private void fill(long newSize) {
        long end = recent.end();
        if (end < 0) {
            recent.restartAt(size >= 0 ? size : newSize);
        } else if (newSize - end > RECENT) {
            // Too far behind to be worth holding: streams read the database until the window has refilled.
            recent.restartAt(newSize);
        }
        end = recent.end();
        while (end < newSize) {
            FeedPage page = feed.read(end - 1, newSize, 1_000, FeedFilter.ALL);
            List<LeafRecord> events = page.events();
            if (events.isEmpty()) {
                break;
            }
            recent.append(events);
            end = recent.end();
        }
    }

    private void heartbeat() {
        streams.forEach(EventStream::heartbeat);
    }

    @Override
    public synchronized void start() {
        pumps = new ThreadPoolExecutor(0, settings.maxStreams(), 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemon("event-stream"));
        reader = Executors.newSingleThreadExecutor(daemon("event-stream-reader"));
        clock = Executors.newSingleThreadScheduledExecutor(daemon("event-stream-heartbeat"));
        long heartbeat = settings.heartbeat().toMillis();
        clock.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        size = feed.head();
        stopListening = tail.onGrowth(this::grew);
        running = true;
    }

    /** Ends every stream, so that the web server's graceful shutdown has no open stream to wait for. */
    @Override
    public synchronized void stop() {
        running = false;
        if (stopListening != null) {
            stopListening.run();
        }
        streams.forEach(this::forget);
        if (clock != null) {
            clock.shutdownNow();
            reader.shutdownNow();
            pumps.shutdownNow();
        }
        log.info("Closed every event stream");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Above the web server's graceful shutdown phase, so this stops first. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
