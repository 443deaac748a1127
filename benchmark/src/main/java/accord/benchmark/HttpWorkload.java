package accord.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

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
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

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

    /**
     * Records every agreement as a signed MoU, so that task forces may be formed on it; from as
     * many threads as there are clients, so that a thousand agreements take seconds, not minutes.
     */
    void signMoUs(int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger(1);
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> signers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread signer = new Thread(() -> {
                try {
                    for (int a = next.getAndIncrement(); a <= agreements && failure.get() == null;
                            a = next.getAndIncrement()) {
                        signMoU(a);
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }, "signer " + t);
            signers.add(signer);
            signer.start();
        }
        for (Thread signer : signers) {
            signer.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get().getMessage(), failure.get());
        }
    }

    private void signMoU(int a) throws IOException {
        String body = "{\"title\":\"Benchmark agreement " + a + "\",\"parties\":" + PARTIES
                + ",\"signatories\":" + SIGNATORIES
                + ",\"occurredOn\":{\"date\":\"2025-09-22\",\"precision\":\"DAY\"},\"place\":\"New York\""
                + ",\"objectives\":[\"Develop a hyperscale AI data centre\"],\"termYears\":10"
                + ",\"sources\":[" + SOURCE + "]}";
        Answer answer = post(agreementId(a), "sign-mou", body);
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("sign-mou for " + agreementId(a) + " answered "
                    + answer.status() + ": " + answer.body());
        }
    }

    /**
     * A clerk sending from its own thread over a kept-alive HTTP/1.1 connection. The JDK's
     * blocking {@link HttpURLConnection}, not its {@code HttpClient}: the latter hands every
     * exchange between threads and cost the generator about 1.2 ms of CPU per command, CPU the
     * service on the same two cores then lacks; the blocking client costs a fraction of that.
     */
    Client clerk(int index) {
        SplittableRandom random = new SplittableRandom(index);
        int[] sent = {0};
        return () -> {
            String id = agreementId(1 + random.nextInt(agreements));
            String body = "{\"name\":\"tf-" + index + "-" + sent[0]++ + "\",\"members\":[\"KR\"],"
                    + "\"mandate\":\"" + MANDATE + "\","
                    + "\"occurredOn\":{\"date\":\"2025-10-01\",\"precision\":\"DAY\"},"
                    + "\"sources\":[" + SOURCE + "]}";
            Answer answer = post(id, "form-task-force", body);
            if (answer.status() / 100 == 2) {
                return Outcome.RECORDED;
            }
            if (answer.status() == 409 && answer.body().contains("CONCURRENT_MODIFICATION")) {
                return Outcome.CONFLICTED;
            }
            throw new IllegalStateException("form-task-force on " + id + " answered " + answer.status() + ": "
                    + answer.body());
        };
    }

    /** Reads the whole answer, so that the connection goes back to the JDK's keep-alive cache. */
    private Answer post(String id, String action, String body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) base.resolve("/agreements/" + id + "/" + action)
                .toURL().openConnection();
        connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
        connection.setReadTimeout((int) TIMEOUT.toMillis());
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Authorization", authorization);
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty("Accept", "application/json, application/problem+json");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        connection.setFixedLengthStreamingMode(bytes.length);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(bytes);
        }
        int status = connection.getResponseCode();
        InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        if (in == null) {
            return new Answer(status, "");
        }
        try (in) {
            return new Answer(status, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private record Answer(int status, String body) {
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
    }
}
