package accord.benchmark.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Follows the read side's processors through {@code /admin/processors}, as an operator would. */
final class ProcessorWatch {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PROGRESS = Duration.ofSeconds(15);

    private final ServiceProcess service;
    private final String authorization;
    private final HttpClient http = ServiceProcess.newClient();
    private final ObjectMapper json = new ObjectMapper();

    ProcessorWatch(ServiceProcess service, String authorization) {
        this.service = service;
        this.authorization = authorization;
    }

    List<String> names() throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        statuses().forEach(status -> names.add(status.path("name").asText()));
        return names;
    }

    /** Asks for a rebuild; the service answers 202 at once and replays in the background. */
    void rebuild(String name) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(service.base().resolve("/admin/processors/" + name + "/rebuild"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("Rebuilding " + name + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    /**
     * Polls until every named processor stands at the head with no lag and no replay under way.
     *
     * @return {@link System#nanoTime()} of the first poll that saw them all caught up
     * @throws IllegalStateException when a processor is in error or dead-letters an event, or on timeout
     */
    long awaitCaughtUp(Collection<String> names, long head, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextProgress = System.nanoTime() + PROGRESS.toNanos();
        while (true) {
            service.ensureAlive();
            JsonNode statuses = statuses();
            long now = System.nanoTime();
            boolean caughtUp = true;
            StringBuilder progress = new StringBuilder();
            for (JsonNode status : statuses) {
                String name = status.path("name").asText();
                if (!names.contains(name)) {
                    continue;
                }
                if (status.path("error").asBoolean() || status.path("deadLetters").path("letters").asLong() > 0) {
                    throw new IllegalStateException("The processor " + name + " failed: " + status);
                }
                JsonNode lag = status.path("lag");
                caughtUp &= !lag.isNull() && !lag.isMissingNode() && lag.asLong() == 0
                        && status.path("position").asLong() >= head && !status.path("replaying").asBoolean();
                progress.append(String.format(Locale.ROOT, " %s at %s", name, status.path("position").asText()));
            }
            if (caughtUp) {
                return now;
            }
            if (now > deadline) {
                throw new IllegalStateException("The processors had not caught up after " + timeout.toMinutes()
                        + " min:" + progress);
            }
            if (now > nextProgress) {
                System.out.println("  ..." + progress + " of " + head);
                nextProgress = now + PROGRESS.toNanos();
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private JsonNode statuses() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(service.base().resolve(URI.create("/admin/processors")))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /admin/processors answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json.readTree(response.body());
    }
}
