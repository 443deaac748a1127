package accord.benchmark.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One client of {@code GET /events/stream?after=now}, through the JDK's {@code HttpClient}, on a
 * thread of its own that reads the stream line by line and notes when each event has arrived
 * whole (its blank line read), by its {@code id:}, the ledger position. Events must arrive each
 * once, in position order, without a gap; anything else is kept as the stream's failure.
 */
public final class StreamListener implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(30);

    private final Map<Long, Long> arrivals = new ConcurrentHashMap<>();
    private final CountDownLatch opened = new CountDownLatch(1);
    private final InputStream body;
    private final Thread reader;
    private volatile String failure;
    private volatile boolean closing;

    private StreamListener(InputStream body) {
        this.body = body;
        this.reader = new Thread(this::read, "event-stream-listener");
        this.reader.setDaemon(true);
    }

    /**
     * Opens the stream and waits for its first line (the service's opening comment), so that every
     * event committed afterwards is delivered to it.
     */
    public static StreamListener open(URI base, String authorization) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/events/stream?after=now"))
                .header("Authorization", authorization)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            String answer;
            try (InputStream in = response.body()) {
                answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            throw new IllegalStateException("GET /events/stream?after=now answered " + response.statusCode() + ": "
                    + answer);
        }
        StreamListener listener = new StreamListener(response.body());
        listener.reader.start();
        if (!listener.opened.await(OPEN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            listener.close();
            throw new IllegalStateException("GET /events/stream?after=now sent nothing in " + OPEN_TIMEOUT.toSeconds()
                    + " s");
        }
        return listener;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            long previous = -1;
            long id = -1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                opened.countDown();
                if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).trim());
                } else if (line.isEmpty() && id >= 0) {
                    arrivals.put(id, System.nanoTime());
                    if (previous >= 0 && id != previous + 1 && failure == null) {
                        failure = "the stream sent position " + id + " after " + previous;
                    }
                    previous = id;
                    id = -1;
                }
            }
            if (!closing && failure == null) {
                failure = "the service ended the stream";
            }
        } catch (IOException | RuntimeException e) {
            if (!closing && failure == null) {
                failure = "the stream failed: " + e;
            }
        }
    }

    /**
     * @param position a ledger position
     * @param limit    how long to wait for it
     * @return when its event arrived, in {@link System#nanoTime()}; -1 if it has not in time
     */
    public long awaitArrival(long position, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        Long arrived = arrivals.get(position);
        while (arrived == null && failure == null && System.nanoTime() < deadline) {
            Thread.sleep(1);
            arrived = arrivals.get(position);
        }
        return arrived == null ? -1 : arrived;
    }

    /** @return when the event at the position arrived, in {@link System#nanoTime()}; -1 if it has not */
    long arrivedAt(long position) {
        return arrivals.getOrDefault(position, -1L);
    }

    /** @return how many events arrived */
    public int arrived() {
        return arrivals.size();
    }

    /** @return what went wrong with the stream (a gap, a repeat, an end), or null */
    public String failure() {
        return failure;
    }

    @Override
    public String toString() {
        return "event stream client";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        closing = true;
        body.close();
        // A read blocked for the next line wakes only when interrupted.
        reader.interrupt();
        reader.join(TimeUnit.SECONDS.toMillis(5));
    }
}
