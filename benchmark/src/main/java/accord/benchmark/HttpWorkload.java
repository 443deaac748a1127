package accord.benchmark;

import java.io.IOException;
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
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final HttpProbe http;
    private final int agreements;

    HttpWorkload(URI base, String user, String password, int agreements) {
        this.http = new HttpProbe(base, basic(user, password));
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
        HttpProbe.Answer answer = post(agreementId(a), "sign-mou", CommandBodies.signMoU("Benchmark agreement " + a));
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("sign-mou for " + agreementId(a) + " answered "
                    + answer.status() + ": " + answer.text());
        }
    }

    /**
     * A clerk sending from its own thread over a kept-alive HTTP/1.1 connection, through the
     * blocking {@link HttpProbe}.
     */
    Client clerk(int index) {
        SplittableRandom random = new SplittableRandom(index);
        int[] sent = {0};
        return () -> {
            String id = agreementId(1 + random.nextInt(agreements));
            String body = "{\"name\":\"tf-" + index + "-" + sent[0]++ + "\",\"members\":[\"KR\"],"
                    + "\"mandate\":\"" + MANDATE + "\","
                    + "\"occurredOn\":{\"date\":\"2025-10-01\",\"precision\":\"DAY\"},"
                    + "\"sources\":[" + CommandBodies.SOURCE + "]}";
            HttpProbe.Answer answer = post(id, "form-task-force", body);
            if (answer.status() / 100 == 2) {
                return Outcome.RECORDED;
            }
            if (answer.status() == 409 && answer.text().contains("CONCURRENT_MODIFICATION")) {
                return Outcome.CONFLICTED;
            }
            throw new IllegalStateException("form-task-force on " + id + " answered " + answer.status() + ": "
                    + answer.text());
        };
    }

    private HttpProbe.Answer post(String id, String action, String body) throws IOException {
        return http.postJson("/agreements/" + id + "/" + action, body);
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
    }
}
