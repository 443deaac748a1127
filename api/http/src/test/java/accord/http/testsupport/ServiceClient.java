package accord.http.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import accord.http.agreements.AgreementAction;
import accord.http.agreements.AgreementRequest;
import accord.http.agreements.ProposeAgreementBody;
import accord.http.demo.SeedAgreement;
import accord.http.demo.SeedAgreements;

/** Calls the running service over real HTTP, as one of the test users. */
public final class ServiceClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json;
    private final int port;
    private final Consumer<Exchange> observer;

    public ServiceClient(int port, ObjectMapper json) {
        this(port, json, exchange -> { });
    }

    private ServiceClient(int port, ObjectMapper json, Consumer<Exchange> observer) {
        this.port = port;
        this.json = json;
        this.observer = observer;
    }

    /** @return a client that shows every request it sends, with its answer, to the observer */
    public ServiceClient observedBy(Consumer<Exchange> observer) {
        return new ServiceClient(port, json, observer);
    }

    /**
     * One request as sent and its answer.
     *
     * @param request the request (its body publisher cannot be read back)
     * @param body    the request's body, or null for none
     * @param answer  the answer
     */
    public record Exchange(HttpRequest request, String body, HttpResponse<String> answer) {
    }

    public HttpResponse<String> get(TestUser user, String path) throws Exception {
        return send(request(user, path).GET());
    }

    public HttpResponse<String> get(TestUser user, String path, String accept) throws Exception {
        return send(request(user, path).header("Accept", accept).GET());
    }

    public HttpResponse<String> getAnonymously(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> post(TestUser user, String path, Object body) throws Exception {
        return post(user, path, body, Map.of());
    }

    /** Posts with further request headers, for example If-Match or Idempotency-Key. */
    public HttpResponse<String> post(TestUser user, String path, Object body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = request(user, path);
        headers.forEach(request::header);
        if (body == null) {
            return send(request.POST(HttpRequest.BodyPublishers.noBody()));
        }
        String text = body instanceof String raw ? raw : json.writeValueAsString(body);
        return send(request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(text)),
                text);
    }

    public HttpResponse<String> delete(TestUser user, String path) throws Exception {
        return send(request(user, path).DELETE());
    }

    /**
     * Sends any request with the Authorization header given, or none.
     *
     * @param method        the HTTP method
     * @param path          the path and query
     * @param authorization the Authorization header's value ({@code Bearer acc_...}, {@code Basic ...}), or null
     * @param body          a JSON body, or null for none
     */
    public HttpResponse<String> exchange(String method, String path, String authorization, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return send(request, body);
    }

    /** @return the HTTP Basic Authorization header's value for the user */
    public static String basic(TestUser user) {
        String credentials = user.name() + ":" + user.password();
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    public JsonNode admin(String path) throws Exception {
        HttpResponse<String> answer = get(TestUsers.ADMIN, path);
        if (answer.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return json.readTree(answer.body());
    }

    public JsonNode read(String path) throws Exception {
        return json.readTree(get(TestUsers.ADMIN, path).body());
    }

    /** Records a seed agreement, step by step, as a clerk. */
    public void record(SeedAgreement seed) throws Exception {
        for (AgreementRequest step : seed.steps()) {
            expectRecorded(post(TestUsers.CLERK, AgreementAction.of(step).path(seed.agreementId()), step));
        }
    }

    /**
     * Records a seed agreement under another id, step by step, as a clerk, so tests that share a
     * database can each record the seeds.
     *
     * @return the receipts, in order
     */
    public List<JsonNode> recordUnder(SeedAgreement seed, String agreementId) throws Exception {
        List<JsonNode> receipts = new ArrayList<>();
        for (AgreementRequest step : seed.steps()) {
            AgreementRequest body = step instanceof ProposeAgreementBody proposal ? withId(proposal, agreementId) : step;
            HttpResponse<String> answer = post(TestUsers.CLERK, AgreementAction.of(body).path(agreementId), body);
            expectRecorded(answer);
            receipts.add(json.readTree(answer.body()));
        }
        return receipts;
    }

    private static ProposeAgreementBody withId(ProposeAgreementBody proposal, String id) {
        return new ProposeAgreementBody(id, proposal.kind(), proposal.title(), proposal.parties(), proposal.objectives(),
                proposal.termYears(), proposal.occurredOn(), proposal.sources());
    }

    /** Records a signed MoU (the Korea–BlackRock one's text) under another id, as a clerk. */
    public void signMoU(String agreementId) throws Exception {
        AgreementRequest signing = SeedAgreements.koreaBlackRockMoU().steps().get(0);
        expectRecorded(post(TestUsers.CLERK, AgreementAction.of(signing).path(agreementId), signing));
    }

    private static void expectRecorded(HttpResponse<String> answer) {
        if (answer.statusCode() != 200 && answer.statusCode() != 201) {
            throw new AssertionError("Recording answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private HttpRequest.Builder request(TestUser user, String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return send(request, null);
    }

    /** Sends any request, with the body text it carries (or null), and shows the exchange to the observer. */
    public HttpResponse<String> send(HttpRequest.Builder request, String body) throws Exception {
        HttpRequest built = request.build();
        HttpResponse<String> answer = http.send(built, HttpResponse.BodyHandlers.ofString());
        observer.accept(new Exchange(built, body, answer));
        return answer;
    }

    /** @return the request builder for a path (and query) on the service */
    public HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(uri(path));
    }
}
