package accord.http.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on loopback for the outage test: it answers 204 to every delivery and keeps, in
 * arrival order, each one's {@code webhook-id} and the ledger {@code position} of its CloudEvent.
 */
final class OutageReceiver implements AutoCloseable {

    /** One delivery as it arrived. */
    record Delivery(String webhookId, long position) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    OutageReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/hook", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                JsonNode event = JSON.readTree(body.readAllBytes());
                deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("webhook-id"),
                        event.path("position").asLong(-1)));
                exchange.sendResponseHeaders(204, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** @return where the service delivers */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** @return every delivery so far, in arrival order */
    List<Delivery> deliveries() {
        return new ArrayList<>(deliveries);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
