package accord.http.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An integrator's webhook endpoint on loopback that takes every delivery (204), each verified with
 * the official Standard Webhooks library, and keeps what arrived in order. A lighter twin of the
 * webhook tests' receiver, which is private to their package.
 */
final class WebhookSink implements AutoCloseable {

    /** One delivery: its {@code webhook-id}, the CloudEvent's id and position, and null if its signature verified. */
    record Delivery(String webhookId, String eventId, long position, String failure) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private volatile String secret;

    WebhookSink() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void trust(String secret) {
        this.secret = secret;
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String failure = null;
            String eventId = null;
            long position = -1;
            try {
                if (secret == null) {
                    failure = "no secret yet";
                } else {
                    new Webhook(secret).verify(body, exchange.getRequestHeaders());
                }
                JsonNode event = JSON.readTree(body);
                eventId = event.path("id").asText();
                position = Long.parseLong(event.path("position").asText());
            } catch (Exception e) {
                failure = e.toString();
            }
            deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("webhook-id"), eventId, position, failure));
            exchange.sendResponseHeaders(failure == null ? 204 : 400, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
