package accord.http.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.testsupport.AccordContexts;
import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many clients write through two service nodes on one PostgreSQL at once, some of them to the
 * same agreements, while an observer keeps reading the ledger. The observer never sees a gap
 * (a later position is never visible before an earlier one, so positions follow commit order),
 * and afterwards every event has exactly one leaf at positions 0..n-1 and the audit passes.
 */
@AccordIntegrationTest
class LedgerConcurrencyIT {

    private static final int CLIENTS = 16;
    private static final int COMMANDS_PER_CLIENT = 25;

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void positionsStayGapFreeAndInCommitOrderUnderConcurrentAppendsFromTwoNodes() throws Exception {
        try (ConfigurableApplicationContext secondNode = AccordContexts.startOnTestDatabase()) {
            int secondPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
            List<ServiceClient> nodes = List.of(new ServiceClient(port, json), new ServiceClient(secondPort, json));
            String run = Long.toString(System.nanoTime(), 36);
            List<String> shared = List.of("concurrent-" + run + "-a", "concurrent-" + run + "-b");
            for (String agreementId : shared) {
                nodes.get(0).signMoU(agreementId);
            }

            AtomicBoolean writing = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> gapsSeen = new ConcurrentLinkedQueue<>();
            AtomicInteger observations = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            Future<?> observer = pool.submit(() -> {
                while (writing.get()) {
                    Map<String, Object> seen = jdbc.queryForMap(
                            "select count(*) as leaves, coalesce(max(position), -1) as last from ledger_leaf");
                    long leaves = ((Number) seen.get("leaves")).longValue();
                    long last = ((Number) seen.get("last")).longValue();
                    if (leaves != last + 1) {
                        gapsSeen.add(leaves + " leaves up to position " + last);
                    }
                    observations.incrementAndGet();
                }
            });
            AtomicInteger recorded = new AtomicInteger();
            AtomicInteger conflicts = new AtomicInteger();
            List<Future<?>> clients = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                ServiceClient node = nodes.get(client % 2);
                String own = "concurrent-" + run + "-" + client;
                String contested = shared.get(client % shared.size());
                clients.add(pool.submit(() -> {
                    node.signMoU(own);
                    recorded.incrementAndGet();
                    for (int n = 0; n < COMMANDS_PER_CLIENT; n++) {
                        String target = n % 2 == 0 ? own : contested;
                        HttpResponse<String> answer = node.post(TestUsers.CLERK,
                                "/agreements/" + target + "/record-statement", statement(target, n));
                        if (answer.statusCode() == 200) {
                            recorded.incrementAndGet();
                        } else {
                            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            observer.get(1, TimeUnit.MINUTES);
            pool.shutdown();

            assertThat(recorded.get()).isGreaterThan(CLIENTS * COMMANDS_PER_CLIENT / 2);
            assertThat(observations.get()).as("the observer read the ledger while clients wrote").isGreaterThan(10);
            assertThat(gapsSeen).as("no reader ever sees a gap").isEmpty();
            long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
            assertThat(jdbc.queryForObject("select count(*) from ledger_leaf", Long.class)).isEqualTo(events);
            assertThat(jdbc.queryForObject("select coalesce(max(position), -1) + 1 from ledger_leaf", Long.class))
                    .isEqualTo(events);
            assertThat(jdbc.queryForObject("select size from ledger_head", Long.class)).isEqualTo(events);
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry e where not exists "
                    + "(select 1 from ledger_leaf l where l.event_identifier = e.event_identifier)", Long.class)).isZero();

            LedgerChecks.awaitCheckpointCovering(nodes.get(1), events);
            HttpResponse<String> audit = nodes.get(1).post(TestUsers.ADMIN, "/admin/ledger/audit", null);
            JsonNode report = json.readTree(audit.body());
            assertThat(report.path("passed").asBoolean()).as(audit.body()).isTrue();
            assertThat(report.path("leavesChecked").asLong()).isEqualTo(events);
            for (String agreementId : shared) {
                LedgerChecks.Verdict verdict = LedgerChecks.verifyBundle(nodes.get(0), agreementId);
                assertThat(verdict.exitCode()).as(verdict.report()).isZero();
            }
        }
    }

    private static Map<String, Object> statement(String agreementId, int n) {
        return Map.of("speaker", Map.of("name", "Speaker " + n, "title", "Spokesperson"), "party", "KR",
                "text", "Statement " + n + " on " + agreementId,
                "occurredOn", Map.of("date", "2025-10-01", "precision", "DAY"),
                "sources", List.of(Map.of("publisher", "Concurrent load", "title", agreementId,
                        "url", "https://load.accord.example/" + agreementId, "publishedOn", "2025-10",
                        "language", "en")));
    }
}
