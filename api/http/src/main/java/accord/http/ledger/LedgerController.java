package accord.http.ledger;

import accord.command.ledger.SigningKey;
import accord.http.agreements.AgreementIds;
import accord.http.agreements.AgreementStateController;
import accord.http.agreements.QueryParameters;
import accord.http.problems.InvalidRequest;
import accord.http.problems.RequestProblem;
import accord.messages.ledger.AuditBundle;
import accord.messages.ledger.NoteKey;
import accord.query.ledger.AuditBundles;
import accord.query.ledger.Ledger;
import accord.query.ledger.LedgerProofs;
import accord.query.ledger.SignedCheckpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ledger for auditors: checkpoints, the signing key, leaves, proofs and audit bundles (docs/ledger.md). */
@RestController
@Tag(name = "Ledger", description = "Proofs that an event is in the record and that the record was only appended to.")
public class LedgerController {

    static final int MAX_CHECKPOINTS = 500;
    private static final long POLL_MILLIS = 50;

    private final Ledger ledger;
    private final LedgerProofs proofs;
    private final AuditBundles bundles;
    private final NoteKey key;
    private final LedgerSettings settings;
    private final ProofTimers generation;

    LedgerController(Ledger ledger, LedgerProofs proofs, AuditBundles bundles, SigningKey ledgerSigningKey,
                     LedgerSettings settings, ProofTimers generation) {
        this.generation = generation;
        this.ledger = ledger;
        this.proofs = proofs;
        this.bundles = bundles;
        this.key = ledgerSigningKey.noteKey();
        this.settings = settings;
    }

    @Operation(operationId = "findLatestCheckpoint", summary = "The latest signed checkpoint",
            description = "A C2SP tlog-checkpoint (origin, tree size, base64 root hash) in a C2SP signed note, "
                    + "signed with Ed25519. A new one is signed whenever the ledger has grown, at most once per "
                    + "accord.ledger.checkpoint-interval.")
    @GetMapping(value = "/ledger/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
    public ResponseEntity<String> findLatestCheckpoint() {
        SignedCheckpoint latest = latest();
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(latest.note());
    }

    @Operation(operationId = "listCheckpoints", summary = "List signed checkpoints",
            description = "Every checkpoint ever signed, in ascending tree size, from after (exclusive).")
    @GetMapping("/ledger/checkpoints")
    public CheckpointPage listCheckpoints(
            @Parameter(description = "only checkpoints of larger trees") @RequestParam(required = false) Long after,
            @Parameter(description = "at most this many, 1 to 500; 100 when not given") @RequestParam(required = false) Integer limit) {
        if (after != null && after < 0) {
            throw QueryParameters.invalid("after", "OUT_OF_RANGE", "must be 0 or more");
        }
        if (limit != null && (limit < 1 || limit > MAX_CHECKPOINTS)) {
            throw QueryParameters.invalid("limit", "OUT_OF_RANGE", "must be between 1 and " + MAX_CHECKPOINTS);
        }
        int size = limit == null ? 100 : limit;
        List<SignedCheckpoint> page = ledger.checkpoints(after == null ? -1 : after, size + 1);
        Long next = page.size() > size ? page.get(size - 1).treeSize() : null;
        return new CheckpointPage(page.subList(0, Math.min(size, page.size())), next);
    }

    @Operation(operationId = "findLedgerKey", summary = "The key checkpoints are signed with",
            description = "Pin the verifierKey out of band: an auditor who takes it from the service trusts the service.")
    @GetMapping("/ledger/key")
    public LedgerKey findLedgerKey() {
        return new LedgerKey(settings.origin(), key.name(), key.keyIdHex(), "Ed25519", key.publicKey(), key.verifierKey());
    }

    @Operation(operationId = "findLeaf", summary = "The canonical bytes of the leaf at a position",
            description = "The RFC 8785 canonical JSON of the event at this ledger position (docs/ledger.md §2), "
                    + "recomputed from the stored event. Its leaf hash is SHA-256(0x00 || these bytes).")
    @GetMapping(value = "/ledger/leaves/{position}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> findLeaf(@PathVariable long position) {
        if (position < 0) {
            throw QueryParameters.invalid("position", "OUT_OF_RANGE", "must be 0 or more");
        }
        return ledger.leaf(position)
                .map(leaf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(leaf.canonicalBytes()))
                .orElseThrow(() -> new InvalidRequest(RequestProblem.NOT_FOUND,
                        "No event is at ledger position " + position + "; the ledger holds " + ledger.size() + ".",
                        List.of()));
    }

    @Operation(operationId = "proveInclusion", summary = "Prove that a leaf is in a signed tree",
            description = "The RFC 9162 §2.1.3 audit path of the leaf at position in the tree of treeSize leaves "
                    + "(by default the latest checkpoint's). treeSize may not exceed the latest checkpoint's.")
    @GetMapping("/ledger/proofs/inclusion")
    public InclusionProof proveInclusion(
            @Parameter(description = "the leaf's ledger position") @RequestParam long position,
            @Parameter(description = "the tree size; the latest checkpoint's when not given")
            @RequestParam(required = false) Long treeSize) {
        long size = treeSize == null ? latest().treeSize() : signedSize("treeSize", treeSize);
        if (position < 0 || position >= size) {
            throw QueryParameters.invalid("position", "OUT_OF_RANGE",
                    "must be at least 0 and less than the tree size " + size);
        }
        LedgerProofs.InclusionPath path = generation.record("inclusion", () -> proofs.inclusion(position, size));
        return new InclusionProof(position, size, path.leafHash(), path.auditPath());
    }

    @Operation(operationId = "proveConsistency", summary = "Prove that a signed tree only grew",
            description = "The RFC 9162 §2.1.4 proof that the tree of from leaves is a prefix of the tree of to "
                    + "leaves; 1 ≤ from ≤ to ≤ the latest checkpoint's tree size.")
    @GetMapping("/ledger/proofs/consistency")
    public ConsistencyProof proveConsistency(
            @Parameter(description = "the smaller tree size, at least 1") @RequestParam long from,
            @Parameter(description = "the larger tree size") @RequestParam long to) {
        long larger = signedSize("to", to);
        if (from < 1 || from > larger) {
            throw QueryParameters.invalid("from", "OUT_OF_RANGE", "must be at least 1 and at most to (" + larger + ")");
        }
        return new ConsistencyProof(from, larger, generation.record("consistency", () -> proofs.consistency(from, larger)));
    }

    @Operation(operationId = "findAuditBundle", summary = "An agreement's audit bundle",
            description = "Every event of the agreement as its leaf, each with an inclusion proof to one signed "
                    + "checkpoint, the checkpoint and the verifier key (docs/ledger.md §6). Verify it offline with "
                    + "java -jar accord-messages.jar bundle.json --key '<pinned verifier key>'. Waits up to "
                    + "accord.ledger.bundle-wait for a checkpoint covering the newest event; 503 after that.")
    @GetMapping(value = "/agreements/{id}/audit-bundle", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> findAuditBundle(@PathVariable String id) throws InterruptedException {
        if (!AgreementIds.isValid(id)) {
            throw InvalidRequest.agreementId(id);
        }
        long last = bundles.lastPosition(id).orElseThrow(() -> AgreementStateController.unknown(id));
        SignedCheckpoint covering = awaitCheckpointCovering(last);
        AuditBundle bundle = bundles.bundle(id, covering).orElseThrow(() -> AgreementStateController.unknown(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(bundle.toJson());
    }

    private SignedCheckpoint awaitCheckpointCovering(long position) throws InterruptedException {
        long deadline = System.nanoTime() + settings.bundleWait().toNanos();
        while (true) {
            Optional<SignedCheckpoint> latest = ledger.latestCheckpoint();
            if (latest.isPresent() && latest.get().treeSize() > position) {
                return latest.get();
            }
            if (System.nanoTime() > deadline) {
                throw new InvalidRequest(RequestProblem.SERVICE_UNAVAILABLE, "No signed checkpoint covers ledger position "
                        + position + " yet; try again in a moment.", List.of());
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private SignedCheckpoint latest() {
        return ledger.latestCheckpoint().orElseThrow(() -> new InvalidRequest(RequestProblem.SERVICE_UNAVAILABLE,
                "The ledger has not signed its first checkpoint yet; try again in a moment.", List.of()));
    }

    private long signedSize(String field, long size) {
        long signed = latest().treeSize();
        if (size < 1 || size > signed) {
            throw QueryParameters.invalid(field, "OUT_OF_RANGE",
                    "must be at least 1 and at most the latest checkpoint's tree size, " + signed);
        }
        return size;
    }
}
