package accord.http.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.testsupport.AccordContexts;
import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sixteen clerks write to one agreement at once through two nodes on one PostgreSQL. With the same
 * If-Match, exactly one of them is recorded per version and every other gets 412 (or 409 when it lost
 * the race for the sequence number on the other node); without If-Match, whatever is not recorded is a
 * 409. Either way no write is lost silently: the agreement's events are exactly the successes, at
 * versions without gaps.
 */
@AccordIntegrationTest
class OptimisticConcurrencyIT {

    private static final Logger LOG = LoggerFactory.getLogger(OptimisticConcurrencyIT.class);
    private static final int CLERKS = 16;
    private static final int ROUNDS = 8;
    private static ConfigurableApplicationContext secondNode;

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private List<ServiceClient> nodes;

    @BeforeEach
    void twoNodes() {
        if (secondNode == null) {
            secondNode = AccordContexts.startOnTestDatabase();
        }
        int secondPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
        nodes = List.of(new ServiceClient(port, json), new ServiceClient(secondPort, json));
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
            secondNode = null;
        }
    }

    @Test
    void clerksSendingTheSameIfMatchRecordExactlyOneCommandPerVersion() throws Exception {
        String agreementId = "if-match-" + Long.toString(System.nanoTime(), 36);
        long signed = signMoU(agreementId);
        ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
        int stale = 0;
        int raced = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long expected = signed + round;
                CyclicBarrier start = new CyclicBarrier(CLERKS);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int clerk = 0; clerk < CLERKS; clerk++) {
                    ServiceClient node = nodes.get(clerk % 2);
                    int n = clerk;
                    answers.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        return node.post(TestUsers.CLERK, "/agreements/" + agreementId + "/record-statement",
                                statement(agreementId, n), Map.of("If-Match", "\"" + expected + "\""));
                    }));
                }
                int recorded = 0;
                for (Future<HttpResponse<String>> future : answers) {
                    HttpResponse<String> answer = future.get(2, TimeUnit.MINUTES);
                    if (answer.statusCode() == 200) {
                        recorded++;
                        assertThat(json.readTree(answer.body()).path("version").asLong()).isEqualTo(expected + 1);
                    } else if (answer.statusCode() == 412) {
                        stale++;
                        assertThat(json.readTree(answer.body()).path("code").asText()).isEqualTo("VERSION_MISMATCH");
                        assertThat(json.readTree(answer.body()).path("currentVersion").asLong()).isGreaterThan(expected);
                        assertThat(answer.headers().firstValue("ETag")).isPresent();
                    } else {
                        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
                        assertThat(json.readTree(answer.body()).path("code").asText()).isEqualTo("CONCURRENT_MODIFICATION");
                        raced++;
                    }
                }
                assertThat(recorded).as("commands recorded at version %d", expected).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        LOG.info("Same If-Match: {} recorded, {} answered 412, {} answered 409", ROUNDS, stale, raced);
        assertThat(stale + raced).isEqualTo(ROUNDS * (CLERKS - 1));
        assertThat(versionsOf(agreementId)).containsExactlyElementsOf(
                LongStream.rangeClosed(0, signed + ROUNDS).boxed().toList());
    }

    @Test
    void clerksWritingWithoutIfMatchNeverLoseAWriteSilently() throws Exception {
        String agreementId = "no-if-match-" + Long.toString(System.nanoTime(), 36);
        long signed = signMoU(agreementId);
        ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
        ConcurrentLinkedQueue<Long> versions = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> others = new ConcurrentLinkedQueue<>();
        int conflicts = 0;
        try {
            CyclicBarrier start = new CyclicBarrier(CLERKS);
            List<Future<Integer>> clerks = new ArrayList<>();
            for (int clerk = 0; clerk < CLERKS; clerk++) {
                ServiceClient node = nodes.get(clerk % 2);
                int n = clerk;
                clerks.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    int lost = 0;
                    for (int command = 0; command < ROUNDS; command++) {
                        HttpResponse<String> answer = node.post(TestUsers.CLERK,
                                "/agreements/" + agreementId + "/record-statement", statement(agreementId, n * 100 + command));
                        if (answer.statusCode() == 200) {
                            versions.add(json.readTree(answer.body()).path("version").asLong());
                        } else if (answer.statusCode() == 409 && answer.body().contains("\"CONCURRENT_MODIFICATION\"")) {
                            lost++;
                        } else {
                            others.add(answer.statusCode() + " " + answer.body());
                        }
                    }
                    return lost;
                }));
            }
            for (Future<Integer> clerk : clerks) {
                conflicts += clerk.get(3, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        LOG.info("Without If-Match: {} recorded, {} answered 409", versions.size(), conflicts);
        assertThat(others).isEmpty();
        assertThat(versions.size() + conflicts).isEqualTo(CLERKS * ROUNDS);
        assertThat(versions).doesNotHaveDuplicates();
        assertThat(versionsOf(agreementId)).as("the signing and exactly the commands answered 200")
                .containsExactlyElementsOf(LongStream.rangeClosed(0, signed + versions.size()).boxed().toList());
    }

    private long signMoU(String agreementId) throws Exception {
        var signing = accord.http.demo.SeedAgreements.koreaBlackRockMoU().steps().get(0);
        HttpResponse<String> answer = nodes.get(0).post(TestUsers.CLERK, AgreementAction.of(signing).path(agreementId), signing);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body()).path("version").asLong();
    }

    private List<Long> versionsOf(String agreementId) {
        return jdbc.queryForList("select sequence_number from domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number", Long.class, agreementId);
    }

    static Map<String, Object> statement(String agreementId, int n) {
        return Map.of("speaker", Map.of("name", "Speaker " + n, "title", "Spokesperson"), "party", "KR",
                "text", "Statement " + n + " on " + agreementId,
                "occurredOn", Map.of("date", "2025-10-01", "precision", "DAY"),
                "sources", List.of(Map.of("publisher", "Concurrent clerks", "title", agreementId,
                        "url", "https://load.accord.example/" + agreementId, "publishedOn", "2025-10",
                        "language", "en")));
    }
}
