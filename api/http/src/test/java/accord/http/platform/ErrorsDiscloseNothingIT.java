package accord.http.platform;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No error answer carries a stack trace or names an exception: malformed and mistyped bodies, wrong
 * media types and methods, unknown paths, unparseable parameters, paths the firewall rejects, oversized
 * headers, and every kind of failed sign-in.
 */
@AccordIntegrationTest
class ErrorsDiscloseNothingIT {

    private static final String CLERK = ServiceClient.basic(TestUsers.CLERK);
    private static final String ADMIN = ServiceClient.basic(TestUsers.ADMIN);
    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void noErrorAnswerShowsAStackTraceOrAnExceptionName() throws Exception {
        List<Exchange> exchanges = List.of(
                new Exchange("POST", "/agreements", CLERK, JSON, "{\"agreementId\":"),
                new Exchange("POST", "/agreements", CLERK, JSON, "{\"agreementId\":5,\"kind\":[true],\"parties\":\"x\"}"),
                new Exchange("POST", "/agreements", CLERK, JSON, "[1, 2, 3]"),
                new Exchange("POST", "/agreements", CLERK, JSON, "{\"a\":1,\"a\":2}"),
                new Exchange("POST", "/agreements", CLERK, "text/plain", "hello"),
                new Exchange("POST", "/agreements", CLERK, "application/json; charset=nonsense", "{}"),
                new Exchange("POST", "/agreements/kr-blackrock-ai-datacentre-mou/sign-mou", CLERK, JSON, "{\"signedOn\":{}}"),
                new Exchange("PUT", "/agreements", CLERK, JSON, "{}"),
                new Exchange("DELETE", "/agreements/x", CLERK, null, null),
                new Exchange("GET", "/no-such-path", ADMIN, null, null),
                new Exchange("GET", "/agreements/NOT%20A%20SLUG", CLERK, null, null),
                new Exchange("GET", "/agreements/x?minVersion=abc", CLERK, null, null),
                new Exchange("GET", "/agreements/x?asRecordedAt=yesterday", CLERK, null, null),
                new Exchange("GET", "/agreements?limit=-5&cursor=%25%25", CLERK, null, null),
                new Exchange("GET", "/agreements?occurredFrom=2025-13", CLERK, null, null),
                new Exchange("GET", "/agreements/x/diff?fromVersion=9&toVersion=1", CLERK, null, null),
                new Exchange("GET", "/ledger/leaves/not-a-number", CLERK, null, null),
                new Exchange("GET", "/ledger/leaves/99999999999999999999999", CLERK, null, null),
                new Exchange("GET", "/ledger/proofs/inclusion?position=-1&treeSize=x", CLERK, null, null),
                new Exchange("GET", "/events?after=abc&limit=0", CLERK, null, null),
                new Exchange("GET", "/events/stream?after=999999999999", CLERK, null, null),
                new Exchange("GET", "/schemas/events/..%2F..%2Fetc%2Fpasswd", null, null, null),
                new Exchange("GET", "/agreements/a;jsessionid=1", CLERK, null, null),
                new Exchange("GET", "/agreements/%2e%2e/admin/tokens", CLERK, null, null),
                new Exchange("GET", "/agreements/a%00b", CLERK, null, null),
                new Exchange("POST", "/subscriptions", ADMIN, JSON, "{\"url\":\"ftp://[::1\"}"),
                new Exchange("POST", "/admin/tokens", ADMIN, JSON, "{\"name\":[1],\"role\":{}}"),
                new Exchange("DELETE", "/admin/tokens/%F0%9F%92%A5", ADMIN, null, null),
                new Exchange("POST", "/admin/processors/no-such/rebuild", ADMIN, null, null),
                new Exchange("GET", "/actuator/metrics/no.such.metric", ADMIN, null, null),
                new Exchange("GET", "/agreements/x", null, null, null),
                new Exchange("GET", "/agreements/x", "Basic bm9ib2R5Om5vdGhpbmc=", null, null),
                new Exchange("GET", "/agreements/x", "Basic !!!", null, null),
                new Exchange("GET", "/agreements/x", "Bearer acc_" + "x".repeat(43), null, null),
                new Exchange("GET", "/agreements/x", "Bearer", null, null),
                new Exchange("GET", "/agreements/x", "Negotiate abc", null, null),
                new Exchange("POST", "/agreements", ServiceClient.basic(TestUsers.AUDITOR), JSON, "{}"),
                new Exchange("GET", "/actuator/prometheus", CLERK, null, null));
        List<String> disclosing = new ArrayList<>();
        for (Exchange exchange : exchanges) {
            HttpResponse<String> answer = send(exchange, null);
            check(exchange.toString(), answer, disclosing);
        }
        Exchange oversized = new Exchange("GET", "/agreements/x", CLERK, null, null);
        check("an oversized header", send(oversized, "x".repeat(64 * 1024)), disclosing);
        HttpResponse<String> unacceptable = http.send(HttpRequest.newBuilder(uri("/agreements/x"))
                .header("Authorization", CLERK).header("Accept", "application/xml").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        check("Accept: application/xml", unacceptable, disclosing);

        assertThat(disclosing).as("error answers that disclose internals").isEmpty();
    }

    private static void check(String what, HttpResponse<String> answer, List<String> disclosing) {
        assertThat(answer.statusCode()).as(what + " answered " + answer.body()).isGreaterThanOrEqualTo(400);
        String body = answer.body();
        if (body.contains("at accord.") || body.contains("Exception") || body.contains("\tat ")
                || body.contains("\"trace\"")) {
            disclosing.add(what + " -> " + answer.statusCode() + ": " + body);
        }
    }

    private HttpResponse<String> send(Exchange exchange, String bigHeader) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(exchange.path())).timeout(Duration.ofSeconds(30));
        if (exchange.authorization() != null) {
            request.header("Authorization", exchange.authorization());
        }
        if (bigHeader != null) {
            request.header("X-Padding", bigHeader);
        }
        if (exchange.body() == null) {
            request.method(exchange.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", exchange.contentType())
                    .method(exchange.method(), HttpRequest.BodyPublishers.ofString(exchange.body()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private record Exchange(String method, String path, String authorization, String contentType, String body) {

        @Override
        public String toString() {
            return method + " " + path + (authorization == null ? " anonymously" : "");
        }
    }
}
