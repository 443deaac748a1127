package accord.benchmark.rebuild;

import accord.benchmark.Latencies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/** Reads agreements over HTTP as an auditor does, and times the answers. */
final class ReadProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ServiceProcess service;
    private final String authorization;
    private final HttpClient http = ServiceProcess.newClient();
    private final ObjectMapper json = new ObjectMapper();

    ReadProbe(ServiceProcess service, String authorization) {
        this.service = service;
        this.authorization = authorization;
    }

    JsonNode state(String agreementId) throws IOException, InterruptedException {
        return json.readTree(get("/agreements/" + agreementId).body());
    }

    JsonNode history(String agreementId, int limit) throws IOException, InterruptedException {
        return json.readTree(get(historyPath(agreementId, limit)).body());
    }

    /** Sequential requests, one after the other on one connection, after a discarded warm-up. */
    Latencies sequentialHistory(String agreementId, int limit, int warmup, int measured)
            throws IOException, InterruptedException {
        String path = historyPath(agreementId, limit);
        for (int i = 0; i < warmup; i++) {
            get(path);
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            get(path);
            latencies.add(System.nanoTime() - start);
        }
        return latencies;
    }

    /**
     * Requests sent at a fixed rate whatever the answers' pace; each latency runs from the moment
     * its request was due, so a slow answer that delays the next ones counts for them too.
     */
    Latencies pacedStates(List<String> agreementIds, int perSecond, int seconds) throws InterruptedException {
        SplittableRandom random = new SplittableRandom(7);
        Latencies latencies = new Latencies();
        AtomicInteger failures = new AtomicInteger();
        List<String> failed = new ArrayList<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long interval = 1_000_000_000L / perSecond;
        int total = perSecond * seconds;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String id = agreementIds.get(random.nextInt(agreementIds.size()));
            pending.add(http.sendAsync(request("/agreements/" + id), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        if (error != null || response.statusCode() != 200) {
                            failures.incrementAndGet();
                            synchronized (failed) {
                                failed.add(id + ": " + (error != null ? error : response.statusCode()));
                            }
                        } else {
                            latencies.add(System.nanoTime() - due);
                        }
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(error -> null).join();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " state reads failed, e.g. " + failed.get(0));
        }
        return latencies;
    }

    private static String historyPath(String agreementId, int limit) {
        return "/agreements/" + agreementId + "/history?limit=" + limit;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(service.base().resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET()
                .build();
    }
}
