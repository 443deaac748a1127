package accord.http.reliability;

import accord.http.agreements.AgreementAction;
import accord.http.agreements.AgreementRequest;
import accord.http.agreements.RecordStatementBody;
import accord.http.demo.SeedAgreements;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUser;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The load of the outage test: command threads that each sign new MoUs and record statements on
 * an MoU of their own, every command with its own {@code Idempotency-Key} and a marker that finds
 * its event again; a reader thread that reads one of those agreements and the event pages. Every
 * exchange is kept with when it was sent and answered.
 */
final class OutageLoad implements AutoCloseable {

    /** How long a request may take before the test calls it a hang. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    enum Kind { COMMAND, READ }

    /**
     * One request and its answer.
     *
     * @param marker   for a command, what finds its event: the new agreement's id for sign-mou, the statement's text
     * @param status   the answer's status, or -1 when no answer came ({@code failure} says why)
     */
    record Exchange(Kind kind, String method, String path, String idempotencyKey, String marker, String agreementId,
            Object body, long sentNanos, long answeredNanos, int status, String contentType, String retryAfter,
            JsonNode answer, String failure) {

        Duration took() {
            return Duration.ofNanos(answeredNanos - sentNanos);
        }

        String code() {
            return answer == null ? null : answer.path("code").asText(null);
        }
    }

    private final ServiceClient service;
    private final ObjectMapper json;
    private final String run;
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Future<?>> running = new ArrayList<>();
    private volatile boolean stopping;

    OutageLoad(ServiceClient service, ObjectMapper json, String run) {
        this.service = service;
        this.json = json;
        this.run = run;
    }

    /** Starts the command threads (each on an MoU of its own, signed here first) and the readers. */
    void start(int commandThreads) throws Exception {
        for (int t = 0; t < commandThreads; t++) {
            String own = run + "-base-" + t;
            Exchange signed = command(AgreementAction.of(signMoU()).path(own), signMoU(), own, own);
            if (signed.status() != 200 && signed.status() != 201) {
                throw new AssertionError("Could not sign " + own + ": " + signed);
            }
            int thread = t;
            running.add(threads.submit(() -> commands(thread, own)));
        }
        running.add(threads.submit(this::reads));
    }

    /** Stops every thread and waits for their last requests. */
    void stop() throws Exception {
        stopping = true;
        for (Future<?> future : running) {
            future.get(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        }
    }

    /** @return every exchange so far */
    List<Exchange> exchanges() {
        return new ArrayList<>(exchanges);
    }

    /** @return the exchanges of a kind, sent at or after {@code from} and answered at or before {@code to} */
    List<Exchange> within(Kind kind, long from, long to) {
        return exchanges.stream().filter(e -> e.kind() == kind && e.sentNanos() >= from && e.answeredNanos() <= to)
                .toList();
    }

    /** Sends the command again with the same Idempotency-Key and body; the retry is not kept among {@link #exchanges()}. */
    Exchange retry(Exchange command) throws Exception {
        Exchange retry = command(command.path(), command.body(), command.agreementId(), command.marker(),
                command.idempotencyKey());
        exchanges.remove(retry);
        return retry;
    }

    private Void commands(int thread, String own) throws Exception {
        for (int n = 0; !stopping; n++) {
            if (n % 2 == 0) {
                String id = run + "-t" + thread + "-mou-" + n;
                command(AgreementAction.of(signMoU()).path(id), signMoU(), id, id);
            } else {
                String marker = "Outage statement " + run + " " + thread + " " + n + ".";
                RecordStatementBody statement = statement(marker);
                command(AgreementAction.of(statement).path(own), statement, own, marker);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return null;
    }

    private Void reads() throws Exception {
        for (int n = 0; !stopping; n++) {
            String path = n % 2 == 0 ? "/agreements/" + run + "-base-0?minVersion=0" : "/events?after=-1&limit=5";
            exchange(Kind.READ, TestUsers.AUDITOR, "GET", path, null, null, null, null);
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return null;
    }

    private Exchange command(String path, Object body, String agreementId, String marker) throws Exception {
        return command(path, body, agreementId, marker, "outage-" + UUID.randomUUID());
    }

    private Exchange command(String path, Object body, String agreementId, String marker, String key) throws Exception {
        return exchange(Kind.COMMAND, TestUsers.CLERK, "POST", path, body, key, marker, agreementId);
    }

    private Exchange exchange(Kind kind, TestUser user, String method, String path, Object body, String key,
            String marker, String agreementId) throws Exception {
        HttpRequest.Builder request = service.to(path).timeout(REQUEST_TIMEOUT)
                .header("Authorization", ServiceClient.basic(user));
        String text = null;
        if (body != null) {
            text = json.writeValueAsString(body);
            request.header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .method(method, HttpRequest.BodyPublishers.ofString(text));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long sent = System.nanoTime();
        Exchange exchange;
        try {
            HttpResponse<String> answer = service.send(request, text);
            long answered = System.nanoTime();
            JsonNode parsed = null;
            try {
                parsed = answer.body().isEmpty() ? null : json.readTree(answer.body());
            } catch (Exception notJson) {
                // Kept as null; the assertions say what was expected.
            }
            exchange = new Exchange(kind, method, path, key, marker, agreementId, body, sent, answered,
                    answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null),
                    answer.headers().firstValue("Retry-After").orElse(null), parsed, null);
        } catch (Exception failure) {
            exchange = new Exchange(kind, method, path, key, marker, agreementId, body, sent, System.nanoTime(), -1,
                    null, null, null, failure.toString());
        }
        exchanges.add(exchange);
        return exchange;
    }

    private static AgreementRequest signMoU() {
        return SeedAgreements.koreaBlackRockMoU().steps().get(0);
    }

    private static RecordStatementBody statement(String text) {
        RecordStatementBody seed = SeedAgreements.koreaBlackRockMoU().steps().stream()
                .filter(RecordStatementBody.class::isInstance).map(RecordStatementBody.class::cast).findFirst()
                .orElseThrow();
        return new RecordStatementBody(seed.speaker(), seed.party(), text, seed.occurredOn(), seed.sources());
    }

    @Override
    public void close() {
        stopping = true;
        threads.shutdownNow();
    }
}
