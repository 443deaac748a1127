package accord.http.reliability;

import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.launchdarkly.eventsource.ConnectStrategy;
import com.launchdarkly.eventsource.ErrorStrategy;
import com.launchdarkly.eventsource.EventSource;
import com.launchdarkly.eventsource.FaultEvent;
import com.launchdarkly.eventsource.MessageEvent;
import com.launchdarkly.eventsource.RetryDelayStrategy;
import com.launchdarkly.eventsource.StreamEvent;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An integrator following {@code /events/stream} of one node with LaunchDarkly's
 * {@code okhttp-eventsource}, which reconnects by itself with {@code Last-Event-ID} (here within a
 * second, also while the node is down). Keeps every message in arrival order, with when it arrived.
 */
final class StreamWatcher implements AutoCloseable {

    /** One message as received: its SSE id, the CloudEvent's id and position, and {@link System#nanoTime()}. */
    record Message(String sseId, String eventId, long position, long receivedAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventSource source;
    private final Thread reader;
    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final Map<Long, Long> firstArrival = new ConcurrentHashMap<>();
    private final AtomicInteger faults = new AtomicInteger();
    private volatile boolean closed;

    StreamWatcher(URI node) {
        source = new EventSource.Builder(ConnectStrategy.http(node.resolve("/events/stream?after=-1"))
                .header("Authorization", ServiceClient.basic(TestUsers.INTEGRATOR))
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS))
                .errorStrategy(ErrorStrategy.alwaysContinue())
                .retryDelay(100, TimeUnit.MILLISECONDS)
                .retryDelayStrategy(RetryDelayStrategy.defaultStrategy().maxDelay(1, TimeUnit.SECONDS))
                .build();
        reader = new Thread(this::read, "stream watcher " + node);
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            for (StreamEvent event : source.anyEvents()) {
                if (event instanceof MessageEvent message) {
                    long now = System.nanoTime();
                    JsonNode cloudEvent = JSON.readTree(message.getData());
                    long position = Long.parseLong(cloudEvent.path("position").asText());
                    messages.add(new Message(message.getLastEventId(), cloudEvent.path("id").asText(), position, now));
                    firstArrival.putIfAbsent(position, now);
                } else if (event instanceof FaultEvent) {
                    faults.incrementAndGet();
                }
            }
        } catch (Exception e) {
            if (!closed) {
                faults.incrementAndGet();
            }
        }
    }

    /** @return every message, in arrival order */
    List<Message> messages() {
        return List.copyOf(messages);
    }

    /** @return the highest position received, or -1 */
    long highest() {
        return messages.stream().mapToLong(Message::position).max().orElse(-1);
    }

    /** @return when the position first arrived ({@link System#nanoTime()}), or null */
    Long arrivalOf(long position) {
        return firstArrival.get(position);
    }

    /** @return how often the connection failed or ended (each is followed by a reconnection) */
    int faults() {
        return faults.get();
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        source.close();
        reader.join(10_000);
    }
}
