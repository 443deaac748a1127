package accord.http.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.demo.SeedAgreement;
import accord.http.demo.SeedAgreements;
import accord.http.AccordApplication;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUsers;
import accord.messages.ledger.Checkpoint;
import accord.messages.ledger.LeafRecord;
import accord.messages.ledger.MerkleHashes;
import accord.messages.ledger.MerkleProofs;
import accord.messages.ledger.NoteKey;
import accord.messages.ledger.SignedNote;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger as auditors meet it over HTTP, on the demo (the three seed agreements recorded at
 * start by the demo loader): the seed agreements' audit bundles verify with the standalone
 * verifier, served proofs verify against signed checkpoints, and bad requests get problems.
 */
@SpringBootTest(classes = AccordApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = DemoLedger.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private ServiceClient service;
    private NoteKey key;

    @BeforeAll
    void awaitACheckpointOfTheDemo() throws Exception {
        service = new ServiceClient(port, json);
        var noAuditYet = service.get(TestUsers.ADMIN, "/admin/ledger/audit");
        assertThat(noAuditYet.statusCode()).as(noAuditYet.body()).isEqualTo(404);
        assertThat(json.readTree(noAuditYet.body()).get("code").asText()).isEqualTo("NO_AUDIT_YET");
        key = NoteKey.parse(LedgerChecks.verifierKey(service));
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        assertThat(events).as("the demo recorded the seed agreements").isPositive();
        LedgerChecks.awaitCheckpointCovering(service, events);
    }

    @Test
    void everySeedAgreementsAuditBundleVerifiesWithTheStandaloneVerifier() throws Exception {
        for (SeedAgreement seed : SeedAgreements.all()) {
            LedgerChecks.Verdict verdict = LedgerChecks.verifyBundle(service, seed.agreementId());

            assertThat(verdict.exitCode()).as(verdict.report()).isZero();
            long events = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                    Long.class, seed.agreementId());
            assertThat(verdict.report()).contains(seed.agreementId(), events + " event");
        }
    }

    @Test
    void aBundleWithAnAlteredEventFailsVerification() throws Exception {
        String bundle = service.get(TestUsers.AUDITOR,
                "/agreements/" + SeedAgreements.KOREA_BLACKROCK_MOU + "/audit-bundle").body();
        String altered = bundle.replace("Larry Fink", "Larry Fine");
        assertThat(altered).isNotEqualTo(bundle);

        LedgerChecks.Verdict verdict = LedgerChecks.verify(altered, key.verifierKey());

        assertThat(verdict.exitCode()).as(verdict.report()).isEqualTo(1);
    }

    @Test
    void aBundleCheckedAgainstAnotherKeyFailsVerification() throws Exception {
        String bundle = service.get(TestUsers.AUDITOR,
                "/agreements/" + SeedAgreements.KOREA_BLACKROCK_MOU + "/audit-bundle").body();
        java.security.KeyPair other = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        LedgerChecks.Verdict verdict = LedgerChecks.verify(bundle, NoteKey.of(key.name(), other.getPublic()).verifierKey());

        assertThat(verdict.exitCode()).as(verdict.report()).isEqualTo(1);
    }

    @Test
    void servedInclusionProofsVerifyAgainstTheSignedRootForEveryLeaf() throws Exception {
        Checkpoint latest = signedCheckpoint();
        for (long position = 0; position < latest.treeSize(); position++) {
            JsonNode proof = get("/ledger/proofs/inclusion?position=" + position + "&treeSize=" + latest.treeSize());
            byte[] leaf = service.get(TestUsers.AUDITOR, "/ledger/leaves/" + position).body().getBytes(StandardCharsets.UTF_8);

            assertThat(LeafRecord.parse(leaf).position()).isEqualTo(position);
            assertThat(bytes(proof.path("leafHash"))).isEqualTo(MerkleHashes.leafHash(leaf));
            assertThat(MerkleProofs.verifyInclusion(position, latest.treeSize(), MerkleHashes.leafHash(leaf),
                    hashes(proof.path("auditPath")), latest.rootHash())).as("position %d", position).isTrue();
        }
    }

    @Test
    void servedConsistencyProofsLinkEverySignedCheckpointToTheLatest() throws Exception {
        Checkpoint latest = signedCheckpoint();
        JsonNode page = get("/ledger/checkpoints?limit=500");
        assertThat(page.path("checkpoints").size()).isGreaterThanOrEqualTo(2);
        for (JsonNode listed : page.path("checkpoints")) {
            SignedNote note = SignedNote.parse(listed.path("note").asText());
            assertThat(note.verifiedBy(key)).isTrue();
            Checkpoint earlier = Checkpoint.parse(note.text());
            if (earlier.treeSize() == 0 || earlier.treeSize() > latest.treeSize()) {
                continue;
            }
            JsonNode proof = get("/ledger/proofs/consistency?from=" + earlier.treeSize() + "&to=" + latest.treeSize());

            assertThat(MerkleProofs.verifyConsistency(earlier.treeSize(), latest.treeSize(),
                    hashes(proof.path("proof")), earlier.rootHash(), latest.rootHash()))
                    .as("from %d to %d", earlier.treeSize(), latest.treeSize()).isTrue();
        }
    }

    @Test
    void randomProofsForEarlierTreeSizesVerifyAgainstRootsComputedFromTheLeaves() throws Exception {
        Checkpoint latest = signedCheckpoint();
        List<byte[]> leafHashes = new ArrayList<>();
        for (long position = 0; position < latest.treeSize(); position++) {
            leafHashes.add(MerkleHashes.leafHash(
                    service.get(TestUsers.AUDITOR, "/ledger/leaves/" + position).body().getBytes(StandardCharsets.UTF_8)));
        }
        Random random = new Random(9162);
        for (int round = 0; round < 40; round++) {
            int size = 1 + random.nextInt((int) latest.treeSize());
            int position = random.nextInt(size);
            byte[] root = MerkleProofs.root(size, node -> subtreeRoot(leafHashes, node));
            JsonNode proof = get("/ledger/proofs/inclusion?position=" + position + "&treeSize=" + size);

            assertThat(MerkleProofs.verifyInclusion(position, size, leafHashes.get(position),
                    hashes(proof.path("auditPath")), root)).as("%d in %d", position, size).isTrue();
        }
    }

    @Test
    void healthShowsTheLedgerWithItsSizeAndLatestCheckpoint() throws Exception {
        JsonNode health = service.read("/actuator/health/ledger");

        assertThat(health.path("status").asText()).as(health.toString()).isEqualTo("UP");
        assertThat(health.path("details").path("leaves").asLong()).isPositive();
        assertThat(health.path("details").path("checkpointTreeSize").asLong()).isPositive();
    }

    @Test
    void badLedgerRequestsAreProblemsNeverErrors() throws Exception {
        long size = signedCheckpoint().treeSize();
        assertProblem("/ledger/proofs/inclusion?position=" + size + "&treeSize=" + size, 400, "VALIDATION_FAILED");
        assertProblem("/ledger/proofs/inclusion?position=0&treeSize=" + (size + 1_000_000), 400, "VALIDATION_FAILED");
        assertProblem("/ledger/proofs/inclusion?position=-1", 400, "VALIDATION_FAILED");
        assertProblem("/ledger/proofs/inclusion?position=abc", 400, null);
        assertProblem("/ledger/proofs/consistency?from=0&to=" + size, 400, "VALIDATION_FAILED");
        assertProblem("/ledger/proofs/consistency?from=2&to=1", 400, "VALIDATION_FAILED");
        assertProblem("/ledger/leaves/" + Long.MAX_VALUE, 404, "NOT_FOUND");
        assertProblem("/ledger/leaves/-3", 400, "VALIDATION_FAILED");
        assertProblem("/ledger/checkpoints?limit=0", 400, "VALIDATION_FAILED");
        assertProblem("/agreements/no-such-agreement/audit-bundle", 404, "UNKNOWN_AGREEMENT");
        assertProblem("/agreements/NOT%20A%20SLUG/audit-bundle", 400, "INVALID_AGREEMENT_ID");
        assertThat(service.getAnonymously("/ledger/checkpoint").statusCode()).isEqualTo(401);
    }

    private static byte[] subtreeRoot(List<byte[]> leaves, accord.messages.ledger.NodeId node) {
        long start = node.index() << node.level();
        long end = start + (1L << node.level());
        List<byte[]> level = new ArrayList<>(leaves.subList((int) start, (int) end));
        while (level.size() > 1) {
            List<byte[]> up = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                up.add(MerkleHashes.nodeHash(level.get(i), level.get(i + 1)));
            }
            level = up;
        }
        return level.get(0);
    }

    private Checkpoint signedCheckpoint() throws Exception {
        String note = service.get(TestUsers.AUDITOR, "/ledger/checkpoint").body();
        SignedNote signed = SignedNote.parse(note);
        assertThat(signed.verifiedBy(key)).isTrue();
        return Checkpoint.parse(signed.text());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> answer = service.get(TestUsers.AUDITOR, path);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private void assertProblem(String path, int status, String code) throws Exception {
        HttpResponse<String> answer = service.get(TestUsers.AUDITOR, path);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        if (code != null) {
            assertThat(json.readTree(answer.body()).path("code").asText()).as(answer.body()).isEqualTo(code);
        }
    }

    private static byte[] bytes(JsonNode base64) {
        return Base64.getDecoder().decode(base64.asText());
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(element -> hashes.add(bytes(element)));
        return hashes;
    }
}
