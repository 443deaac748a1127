package accord.http.feed;

import accord.messages.feed.EventType;
import accord.messages.ledger.LeafRecord;
import accord.query.feed.AgreementCloudEvents;
import accord.query.feed.AgreementFeed;
import accord.query.feed.FeedFilter;
import accord.query.feed.FeedPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One client's Server-Sent Events stream: it sends every event after its position that passes its
 * filter, in position order, each once, first catching up from the database, then from the
 * {@link RecentEvents} as the ledger grows. One pump at a time writes to it.
 */
final class EventStream {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final SseEmitter emitter;
    private final FeedFilter filter;
    private final int batch;
    private final AgreementCloudEvents cloudEvents;
    /** The last position this stream has covered: sent, or skipped by its filter. */
    private volatile long covered;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Pump requests not yet served; a pump runs while it is above 0. */
    private final AtomicInteger wanted = new AtomicInteger();

    EventStream(SseEmitter emitter, long after, FeedFilter filter, int batch, AgreementCloudEvents cloudEvents) {
        this.emitter = emitter;
        this.covered = after;
        this.filter = filter;
        this.batch = batch;
        this.cloudEvents = cloudEvents;
    }

    SseEmitter emitter() {
        return emitter;
    }

    long covered() {
        return covered;
    }

    boolean isClosed() {
        return closed.get();
    }

    /** @return whether the caller must run {@link #pump}: false when a pump is already running and will go on */
    boolean requestPump() {
        return !closed.get() && wanted.getAndIncrement() == 0;
    }

    /**
     * Sends everything after {@link #covered()} below the ledger size {@code head}, and again while
     * more pumps were requested meanwhile.
     *
     * @param head   the ledger size to read up to, asked again for each round
     * @param recent the newest events
     * @param feed   the database, for what the recent events no longer hold
     */
    void pump(LongSupplier head, RecentEvents recent, AgreementFeed feed) {
        do {
            wanted.set(1);
            try {
                long size = head.getAsLong();
                while (!closed.get() && covered + 1 < size) {
                    send(next(size, recent, feed));
                }
            } catch (IOException | RuntimeException failure) {
                close();
                return;
            }
        } while (wanted.decrementAndGet() > 0 && !closed.get());
    }

    private FeedPage next(long size, RecentEvents recent, AgreementFeed feed) {
        Optional<List<LeafRecord>> held = recent.after(covered, batch);
        if (held.isPresent() && !held.get().isEmpty()) {
            List<LeafRecord> page = held.get();
            long last = page.get(page.size() - 1).position();
            return new FeedPage(page.stream().filter(filter::matches).toList(), last, size);
        }
        return feed.read(covered, size, batch, filter);
    }

    private void send(FeedPage page) throws IOException {
        if (!page.events().isEmpty()) {
            Set<DataWithMediaType> frames = new LinkedHashSet<>();
            for (LeafRecord event : page.events()) {
                frames.add(new DataWithMediaType(frame(event), TEXT));
            }
            emitter.send(frames);
        }
        covered = page.next();
    }

    private String frame(LeafRecord event) {
        String type = EventType.ofStored(event.eventType(), event.eventRevision()).cloudEventType();
        return "id:" + event.position() + "\nevent:" + type + "\ndata:"
                + new String(cloudEvents.structured(event), StandardCharsets.UTF_8) + "\n\n";
    }

    /** Sends a comment, which keeps proxies from closing an idle stream and shows the client it is alive. */
    void heartbeat() {
        if (closed.get()) {
            return;
        }
        try {
            emitter.send(Set.of(new DataWithMediaType(":heartbeat\n\n", TEXT)));
        } catch (IOException | RuntimeException failure) {
            close();
        }
    }

    /** Ends the stream; the client reconnects with its Last-Event-ID. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                emitter.complete();
            } catch (RuntimeException alreadyGone) {
                // The connection is already closed.
            }
        }
    }
}
