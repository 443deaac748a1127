package accord.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.SplittableRandom;

/**
 * The service side: clerks who record task forces on signed MoUs over HTTP. Forming a task
 * force loads the agreement and appends one event, the load-then-append shape under test.
 */
final class HttpWorkload {

    static final String MANDATE = "Coordinate the site selection, power supply, cooling, grid connection "
            + "and permitting for the hyperscale AI data centre; report progress to both parties every "
            + "quarter; propose financing structures, workforce training and local supplier programmes; "
            + "keep a register of decisions, risks and open questions; and prepare the milestones the "
            + "parties agree for the first phase of construction and commissioning; consult the national "
            + "and regional authorities on land use, water rights and environmental assessments; align the "
            + "project with the national AI strategy and the regional demand forecasts; and recommend how "
            + "the parties share the results, the data and the intellectual property they create.";
    static final String SOURCE = "{\"publisher\":\"Benchmark\",\"title\":\"Synthetic load\","
            + "\"url\":\"https://bench.accord.example/1\",\"publishedOn\":\"2025-09-23\",\"language\":\"en\"}";
    private static final String PARTIES = "[{\"code\":\"KR\",\"kind\":\"STATE\",\"name\":\"Republic of Korea\"},"
            + "{\"code\":\"BLACKROCK\",\"kind\":\"ORGANISATION\",\"name\":\"BlackRock\"}]";
    private static final String SIGNATORIES = "[{\"name\":\"Lee Jae Myung\",\"title\":\"President\",\"party\":\"KR\"},"
            + "{\"name\":\"Larry Fink\",\"title\":\"Chief Executive Officer\",\"party\":\"BLACKROCK\"}]";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final String authorization;
    private final int agreements;

    HttpWorkload(URI base, String user, String password, int agreements) {
        this.base = base;
        this.authorization = basic(user, password);
        this.agreements = agreements;
    }

    static String agreementId(int number) {
        return String.format("bench-%04d", number);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Records every agreement as a signed MoU, so that task forces may be formed on it. */
    void signMoUs() throws IOException, InterruptedException {
        HttpClient http = newClient();
        for (int a = 1; a <= agreements; a++) {
            String body = "{\"title\":\"Benchmark agreement " + a + "\",\"parties\":" + PARTIES
                    + ",\"signatories\":" + SIGNATORIES
                    + ",\"occurredOn\":{\"date\":\"2025-09-22\",\"precision\":\"DAY\"},\"place\":\"New York\""
                    + ",\"objectives\":[\"Develop a hyperscale AI data centre\"],\"termYears\":10"
                    + ",\"sources\":[" + SOURCE + "]}";
            HttpResponse<String> response = post(http, agreementId(a), "sign-mou", body);
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("sign-mou for " + agreementId(a) + " answered "
                        + response.statusCode() + ": " + response.body());
            }
        }
    }

    /** A clerk with its own HTTP/1.1 connection, kept alive between commands. */
    Client clerk(int index) {
        HttpClient http = newClient();
        SplittableRandom random = new SplittableRandom(index);
        int[] sent = {0};
        return () -> {
            String id = agreementId(1 + random.nextInt(agreements));
            String body = "{\"name\":\"tf-" + index + "-" + sent[0]++ + "\",\"members\":[\"KR\"],"
                    + "\"mandate\":\"" + MANDATE + "\","
                    + "\"occurredOn\":{\"date\":\"2025-10-01\",\"precision\":\"DAY\"},"
                    + "\"sources\":[" + SOURCE + "]}";
            HttpResponse<String> response = post(http, id, "form-task-force", body);
            int status = response.statusCode();
            if (status / 100 == 2) {
                return Outcome.RECORDED;
            }
            if (status == 409 && response.body().contains("CONCURRENT_MODIFICATION")) {
                return Outcome.CONFLICTED;
            }
            throw new IllegalStateException("form-task-force on " + id + " answered " + status + ": "
                    + response.body());
        };
    }

    private HttpResponse<String> post(HttpClient http, String id, String action, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/agreements/" + id + "/" + action))
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }
}
