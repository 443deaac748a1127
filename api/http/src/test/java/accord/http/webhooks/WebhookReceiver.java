package accord.http.webhooks;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * An integrator's webhook endpoint on loopback, built from off-the-shelf parts only: the JDK's
 * HTTP server, the Standard Webhooks reference verifier and the CloudEvents SDK's JSON format.
 * Every request is verified with the secret of its path and parsed as a structured CloudEvent;
 * what it carried is kept, in the order requests arrived, whatever the receiver answered.
 * Each path is one subscription's endpoint: {@code /hooks/<name>}.
 */
final class WebhookReceiver implements AutoCloseable {

    /**
     * One request as received.
     *
     * @param webhookId     the {@code webhook-id} header
     * @param event         the CloudEvent, or null when the body was not one
     * @param position      the event's {@code position} extension, or -1
     * @param contentType   the {@code Content-Type} header
     * @param verification  null when the signature verified, else why not
     * @param signatures    how many signatures {@code webhook-signature} carried
     * @param receivedAt    when it arrived
     * @param answeredWith  the status the receiver answered
     */
    record Delivery(String webhookId, CloudEvent event, long position, String contentType, String verification,
                    int signatures, Instant receivedAt, int answeredWith) {

        Delivery answered(int status) {
            return new Delivery(webhookId, event, position, contentType, verification, signatures, receivedAt, status);
        }
    }

    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, List<Delivery>> received = new ConcurrentHashMap<>();
    private final Map<String, ToIntFunction<Delivery>> answers = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> concurrent = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> mostConcurrent = new ConcurrentHashMap<>();
    private final JsonFormat cloudEvents = new JsonFormat();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private HttpServer server;
    private int port;

    private WebhookReceiver() {
    }

    /** @return a receiver listening on a free loopback port */
    static WebhookReceiver start() {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.listen(0);
        return receiver;
    }

    /** @return the URL of a path's endpoint */
    String url(String name) {
        return "http://127.0.0.1:" + port + "/hooks/" + name;
    }

    /** Verifies the path's deliveries with this secret from now on. */
    void trust(String name, String secret) {
        secrets.put(name, secret);
    }

    /** Answers the path's requests with what the function says (2xx takes the event). */
    void answer(String name, ToIntFunction<Delivery> answer) {
        answers.put(name, answer);
    }

    /** Answers the path's requests with this status. */
    void answerAlways(String name, int status) {
        answer(name, delivery -> status);
    }

    /** Holds each of the path's requests this long before answering (after recording it). */
    void delay(String name, Duration delay) {
        delays.put(name, delay);
    }

    /** @return what the path received, in arrival order */
    List<Delivery> received(String name) {
        List<Delivery> deliveries = received.get(name);
        if (deliveries == null) {
            return List.of();
        }
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    /** @return the event ids the path received, each once, in the order of their first receipt */
    List<String> idsInFirstReceiptOrder(String name) {
        Set<String> ids = new LinkedHashSet<>();
        received(name).forEach(delivery -> ids.add(delivery.webhookId()));
        return new ArrayList<>(ids);
    }

    /** @return the most requests the path had under way at once */
    int mostConcurrent(String name) {
        AtomicInteger most = mostConcurrent.get(name);
        return most == null ? 0 : most.get();
    }

    /** Closes the port: deliveries now fail to connect. */
    void goDown() {
        server.stop(0);
    }

    /** Listens again on the same port. */
    void comeBack() {
        listen(port);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void listen(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/hooks/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/hooks/".length());
        AtomicInteger now = concurrent.computeIfAbsent(name, key -> new AtomicInteger());
        mostConcurrent.computeIfAbsent(name, key -> new AtomicInteger()).accumulateAndGet(now.incrementAndGet(), Math::max);
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Delivery seen = read(name, exchange, body);
            int status = "POST".equals(exchange.getRequestMethod())
                    ? answers.getOrDefault(name, delivery -> 204).applyAsInt(seen) : 405;
            Delivery delivery = seen.answered(status);
            List<Delivery> deliveries = received.computeIfAbsent(name, key -> new ArrayList<>());
            synchronized (deliveries) {
                deliveries.add(delivery);
            }
            Duration delay = delays.get(name);
            if (delay != null) {
                Thread.sleep(delay.toMillis());
            }
            exchange.sendResponseHeaders(status, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            now.decrementAndGet();
        }
    }

    /**
     * The path's secret. A subscription from an earlier position can deliver before its creation's
     * answer, which carries the secret, has reached the test: wait for it a while, as an
     * integrator's endpoint is set up with the secret before it is expected to verify anything.
     */
    private String secretOf(String name) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String secret = secrets.get(name);
        while (secret == null && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            secret = secrets.get(name);
        }
        return secret;
    }

    private Delivery read(String name, HttpExchange exchange, byte[] body) {
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        String verification = null;
        String secret = secretOf(name);
        try {
            if (secret == null) {
                verification = "no secret for " + name;
            } else {
                new Webhook(secret).verify(new String(body, StandardCharsets.UTF_8), exchange.getRequestHeaders());
            }
        } catch (WebhookVerificationException | RuntimeException e) {
            verification = e.toString();
        }
        CloudEvent event = null;
        long position = -1;
        try {
            event = cloudEvents.deserialize(body);
            Object extension = event.getExtension("position");
            position = extension == null ? -1 : Long.parseLong(extension.toString());
        } catch (RuntimeException notACloudEvent) {
            verification = verification == null ? "not a CloudEvent: " + notACloudEvent : verification;
        }
        return new Delivery(id, event, position, exchange.getRequestHeaders().getFirst("Content-Type"), verification,
                signature == null ? 0 : signature.split(" ").length, Instant.now(), 0);
    }
}
