package accord.http.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUsers;
import accord.messages.ledger.Checkpoint;
import accord.messages.ledger.SignedNote;
import accord.messages.ledger.verifier.VerifyAuditBundle;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the ledger tests ask of a running service. */
final class LedgerChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerChecks() {
    }

    /** Waits (up to 15 s) until the latest checkpoint covers {@code treeSize} leaves; returns it. */
    static Checkpoint awaitCheckpointCovering(ServiceClient service, long treeSize) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            HttpResponse<String> answer = service.get(TestUsers.AUDITOR, "/ledger/checkpoint");
            if (answer.statusCode() == 200) {
                Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(answer.body()).text());
                if (checkpoint.treeSize() >= treeSize) {
                    return checkpoint;
                }
            }
            assertThat(System.nanoTime()).as("a checkpoint covering %d leaves within 15 s", treeSize).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** @return the service's verifier key, as an auditor would pin it */
    static String verifierKey(ServiceClient service) throws Exception {
        HttpResponse<String> answer = service.get(TestUsers.AUDITOR, "/ledger/key");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).path("verifierKey").asText();
    }

    /** Fetches the agreement's audit bundle as an auditor and runs the standalone verifier on it, with the key pinned. */
    static Verdict verifyBundle(ServiceClient service, String agreementId) throws Exception {
        HttpResponse<String> answer = service.get(TestUsers.AUDITOR, "/agreements/" + agreementId + "/audit-bundle");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return verify(answer.body(), verifierKey(service));
    }

    /** Runs the standalone verifier's command line on this bundle text. */
    static Verdict verify(String bundle, String pinnedKey) throws Exception {
        Path file = Files.createTempFile("audit-bundle", ".json");
        try {
            Files.writeString(file, bundle, StandardCharsets.UTF_8);
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            int exit = VerifyAuditBundle.run(new String[] {file.toString(), "--key", pinnedKey},
                    new PrintStream(report, true, StandardCharsets.UTF_8));
            return new Verdict(exit, report.toString(StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** What the verifier said. */
    record Verdict(int exitCode, String report) {
    }
}
