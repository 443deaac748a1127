package accord.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import accord.http.AccordApplication;
import accord.http.admin.StallProjection;
import accord.http.testsupport.OwnDatabase;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The answers {@link ApiContractIT} cannot provoke on a healthy, idle service, held against the
 * served document the same way: a rebuild accepted (202) and refused while it runs (409
 * REBUILD_IN_PROGRESS), an audit bundle before a checkpoint covers its newest event (503), and an
 * event stream beyond the node's maximum (503). The service runs on a database of its own,
 * signs checkpoints only hourly, waits 100 ms for a bundle's checkpoint, serves one stream at a
 * time, and has a projection the test can hold ({@link StallProjection}).
 */
@SpringBootTest(classes = AccordApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ApiContractEdgesIT.EdgesDatabase.class)
@Import(StallProjection.class)
class ApiContractEdgesIT {

    private static final String STALL = "/admin/processors/" + StallProjection.GROUP;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    StallProjection stall;

    @AfterEach
    void release() {
        stall.release();
    }

    @Test
    void theRarerAnswersConformToTheServedDocument() throws Exception {
        ServiceClient plain = new ServiceClient(port, json);
        ContractCheck contract = ContractCheck.of(plain);
        ServiceClient service = contract.valid();
        String agreementId = "contract-edges-mou";
        plain.signMoU(agreementId);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(plain.admin(STALL).path("lag").asLong()).isZero());

        service.get(TestUsers.AUDITOR, "/agreements/" + agreementId + "/audit-bundle");
        twoStreamsAtOnce(service);
        stall.hold(agreementId);
        service.post(TestUsers.ADMIN, STALL + "/rebuild", null);
        service.post(TestUsers.ADMIN, STALL + "/rebuild", null);
        stall.release();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(plain.admin(STALL).path("replaying").asBoolean()).isFalse());

        List<String> violations = contract.violations();
        System.out.println(contract.summary("ApiContractEdgesIT"));
        assertThat(violations).as("%d violations of the document", violations.size()).isEmpty();
        assertThat(contract.statusesAndCodes()).containsExactly(
                "503 SERVICE_UNAVAILABLE",
                "503 SERVICE_UNAVAILABLE",
                "202 ",
                "409 REBUILD_IN_PROGRESS");
    }

    /** Holds one stream open, so that the node refuses the second. */
    private void twoStreamsAtOnce(ServiceClient service) throws Exception {
        HttpResponse<InputStream> first = HttpClient.newHttpClient().send(service.to("/events/stream?after=now")
                .header("Authorization", ServiceClient.basic(TestUsers.INTEGRATOR)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream open = first.body()) {
            assertThat(first.statusCode()).isEqualTo(200);
            service.get(TestUsers.INTEGRATOR, "/events/stream?after=now");
        }
    }

    /** Its own database and settings, so that no other test's checkpoints or streams count here. */
    static final class EdgesDatabase extends OwnDatabase {

        @Override
        protected String purpose() {
            return "contractedges";
        }

        @Override
        protected Map<String, Object> extraProperties() {
            return Map.of(
                    "accord.ledger.checkpoint-interval", "1h",
                    "accord.ledger.bundle-wait", "100ms",
                    "accord.feed.max-streams", "1");
        }
    }
}
