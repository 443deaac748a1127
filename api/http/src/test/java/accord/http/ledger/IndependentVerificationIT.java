package accord.http.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import accord.http.demo.SeedAgreement;
import accord.http.demo.SeedAgreements;
import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The acceptance check: "an independent implementation of RFC 9162 and the documented leaf
 * format verifies the proofs the service serves". Records the seed agreements over real HTTP, waits
 * for a signed checkpoint that covers them, and runs the Go program in
 * {@code src/test/go/independent-verifier} against the running service. That program shares no
 * code with Accord: it follows docs/ledger.md with Go's reference transparency-log code
 * ({@code golang.org/x/mod/sumdb/tlog} and {@code note}), from Debian's packages, built offline in
 * GOPATH mode. Without Go the test fails; {@code .ci/run} installs it.
 */
@AccordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndependentVerificationIT {

    private static final Duration GO_PATIENCE = Duration.ofMinutes(5);
    private static final Path GO_X_MOD = Path.of("/usr/share/gocode/src/golang.org/x/mod");
    private static final String INSTALL_GO = "Go and golang.org/x/mod are needed: .ci/run installs them"
            + " (apt-get install -y golang-go golang-golang-x-mod-dev).";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    private final String run = "v" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    @Test
    void goVerifiesEveryLeafAndEveryProofTheServiceServes() throws Exception {
        long lastPosition = recordTheSeedAgreementsUnderThisRunsIds();
        long treeSize = awaitACheckpointCovering(lastPosition);
        List<Long> signedSizes = signedTreeSizesUpTo(treeSize);
        long nonEmpty = signedSizes.stream().filter(size -> size > 0).count();
        // The verifier checks consecutive non-empty checkpoints, and the first non-empty one against
        // the latest unless that is already the one consecutive pair.
        long consistencyProofs = nonEmpty <= 2 ? 1 : nonEmpty;

        Path verifier = build();
        Result result = go(verifier, "-url", "http://localhost:" + port,
                "-user", TestUsers.AUDITOR.name() + ":" + TestUsers.AUDITOR.password());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).as(result.output()).contains(
                "tree size: " + treeSize + "\n",
                "leaves verified: " + treeSize + "\n",
                "inclusion proofs verified: " + treeSize + "\n",
                "consistency proofs verified: " + consistencyProofs + "\n",
                "signed checkpoints verified: " + signedSizes.size() + "\n",
                "roots recomputed from leaves: " + signedSizes.size() + "\n",
                "OK: the ledger verifies independently");
        assertThat(result.output()).containsPattern("tampered proofs rejected: [12]\n");
    }

    @Test
    void theGoVerifierPassesItsOwnTestsOfHonestAndLyingLedgers() throws Exception {
        Result result = go(null, "test", "-count=1", ".");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).startsWith("ok");
    }

    /** @return the highest ledger position the receipts report */
    private long recordTheSeedAgreementsUnderThisRunsIds() throws Exception {
        long last = -1;
        for (SeedAgreement seed : SeedAgreements.all()) {
            for (JsonNode receipt : service().recordUnder(seed, seed.agreementId() + "-" + run)) {
                JsonNode position = receipt.path("position");
                assertThat(position.isIntegralNumber()).as(receipt.toString()).isTrue();
                last = Math.max(last, position.asLong());
            }
        }
        return last;
    }

    /** @return the tree size of the first latest checkpoint that includes {@code position} */
    private long awaitACheckpointCovering(long position) throws Exception {
        return LedgerChecks.awaitCheckpointCovering(service(), position + 1).treeSize();
    }

    /** @return the tree sizes of every signed checkpoint up to {@code treeSize}, in ascending order */
    private List<Long> signedTreeSizesUpTo(long treeSize) throws Exception {
        List<Long> sizes = new ArrayList<>();
        String path = "/ledger/checkpoints";
        while (true) {
            HttpResponse<String> answer = service().get(TestUsers.AUDITOR, path);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode page = json.readTree(answer.body());
            page.path("checkpoints").forEach(checkpoint -> sizes.add(checkpoint.path("treeSize").asLong()));
            JsonNode next = page.path("next");
            if (page.path("checkpoints").isEmpty() || next.isNull() || next.isMissingNode()) {
                return sizes.stream().filter(size -> size <= treeSize).toList();
            }
            path = "/ledger/checkpoints?after=" + sizes.get(sizes.size() - 1);
        }
    }

    /** @return the verifier, built into target/ */
    private Path build() throws Exception {
        Path binary = Path.of("target", "independent-verifier", "independent-verifier").toAbsolutePath();
        Result result = go(null, "build", "-o", binary.toString(), ".");
        assertThat(result.exitCode()).as("go build: " + result.output()).isZero();
        return binary;
    }

    /**
     * Runs {@code go} with {@code arguments} (or, when {@code program} is given, that program) in the
     * verifier's source folder, in GOPATH mode on Debian's packages: no module proxy, no network.
     */
    private Result go(Path program, String... arguments) throws Exception {
        if (!Files.isDirectory(GO_X_MOD)) {
            fail("%s is missing. %s", GO_X_MOD, INSTALL_GO);
        }
        Path sources = Path.of("src", "test", "go", "independent-verifier");
        if (!Files.isDirectory(sources)) {
            sources = Path.of("api", "http").resolve(sources); // run from the repository's root
        }
        List<String> command = new ArrayList<>();
        command.add(program == null ? "go" : program.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(sources.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("GO111MODULE", "off");
        environment.put("GOPATH", "/usr/share/gocode");
        environment.put("GOCACHE", Path.of("target", "go-cache").toAbsolutePath().toString());
        environment.put("GOFLAGS", "");
        environment.put("GOPROXY", "off");
        environment.put("GOTOOLCHAIN", "local");
        environment.put("CGO_ENABLED", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException missing) {
            return fail("Cannot run %s: %s. %s", command.get(0), missing.getMessage(), INSTALL_GO);
        }
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException failure) {
                return "(output unreadable: " + failure + ")";
            }
        });
        if (!process.waitFor(GO_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("%s did not end within %s", command, GO_PATIENCE);
        }
        return new Result(process.exitValue(), output.get(10, TimeUnit.SECONDS));
    }

    private record Result(int exitCode, String output) {
    }

    private ServiceClient service() {
        return new ServiceClient(port, json);
    }
}
