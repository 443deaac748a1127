package accord.query.ledger;

import accord.messages.ledger.AuditBundle;
import accord.messages.ledger.BundledEvent;
import accord.messages.ledger.LeafRecord;
import accord.messages.ledger.MerkleHashes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds an agreement's audit bundle (docs/ledger.md §6): its events as leaves recomputed from
 * the stored rows, each with its inclusion proof to one signed checkpoint that covers them all.
 */
public class AuditBundles {

    private final Ledger ledger;
    private final LedgerProofs proofs;
    private final String verifierKey;

    /**
     * @param ledger      the ledger
     * @param proofs      its proofs
     * @param verifierKey the verifier key of the signing key, for auditors who have none pinned
     */
    public AuditBundles(Ledger ledger, LedgerProofs proofs, String verifierKey) {
        this.ledger = ledger;
        this.proofs = proofs;
        this.verifierKey = verifierKey;
    }

    /**
     * @return the position of the agreement's last event, or empty when it has none
     */
    public Optional<Long> lastPosition(String agreementId) {
        return ledger.lastPositionOf(agreementId);
    }

    /**
     * @param agreementId the agreement
     * @param checkpoint  a checkpoint covering every event of the agreement
     * @return the bundle, or empty when the agreement has no events
     * @throws IllegalArgumentException when the checkpoint does not cover the agreement's events
     */
    public Optional<AuditBundle> bundle(String agreementId, SignedCheckpoint checkpoint) {
        List<StoredEvent> events = ledger.eventsOf(agreementId);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        List<BundledEvent> bundled = new ArrayList<>(events.size());
        for (StoredEvent event : events) {
            if (event.position() >= checkpoint.treeSize()) {
                throw new IllegalArgumentException("Checkpoint " + checkpoint.treeSize() + " does not cover position "
                        + event.position());
            }
            LeafRecord leaf = event.leaf();
            byte[] bytes = leaf.canonicalBytes();
            bundled.add(new BundledEvent(event.position(), event.version(),
                    new String(bytes, StandardCharsets.UTF_8), MerkleHashes.leafHash(bytes),
                    proofs.inclusion(event.position(), checkpoint.treeSize()).auditPath()));
        }
        return Optional.of(new AuditBundle(agreementId, checkpoint.note(), verifierKey, bundled));
    }
}
