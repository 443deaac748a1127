package accord.messages.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ledger in memory, built the way the service builds one: leaves from {@link LeafRecord}, the
 * tree with {@link CompactRange} over a map of perfect subtrees, proofs with {@link MerkleProofs},
 * checkpoints signed with {@link SignedNote} by a freshly generated Ed25519 key. One agreement's
 * events are interleaved with another's, so positions and versions differ.
 */
public final class SampleLedger {

    /** The log's origin and the signing key's name. */
    public static final String ORIGIN = "accord.example/ledger";
    /** The agreement the bundles are for. */
    public static final String AGREEMENT = "kr-blackrock-ai-datacentre-mou";
    /** The agreement whose events sit between {@link #AGREEMENT}'s. */
    public static final String OTHER_AGREEMENT = "uk-us-tech-prosperity-deal";

    private final Map<NodeId, byte[]> nodes = new HashMap<>();
    private final List<LeafRecord> leaves = new ArrayList<>();
    private final Map<String, Long> nextVersions = new HashMap<>();
    private final CompactRange range = CompactRange.empty();
    private final KeyPair keyPair = generateKey();

    private SampleLedger() {
    }

    /** @return an empty ledger with its own signing key */
    public static SampleLedger empty() {
        return new SampleLedger();
    }

    /**
     * @param events how many events {@link #AGREEMENT} has
     * @return a ledger where every third position, and the last, belongs to {@link #OTHER_AGREEMENT}
     */
    public static SampleLedger withEvents(int events) {
        SampleLedger ledger = new SampleLedger();
        int appended = 0;
        while (appended < events) {
            if (ledger.size() % 3 == 0) {
                ledger.append(OTHER_AGREEMENT);
            } else {
                ledger.append(AGREEMENT);
                appended++;
            }
        }
        return ledger.append(OTHER_AGREEMENT);
    }

    /** Appends the agreement's next event. */
    public SampleLedger append(String agreementId) {
        long version = nextVersions.merge(agreementId, 1L, Long::sum) - 1;
        return append(leaf(agreementId, size(), version));
    }

    /** Appends any leaf at the next position, whatever position the leaf itself names. */
    public SampleLedger append(LeafRecord leaf) {
        byte[] hash = leaf.leafHash();
        nodes.put(new NodeId(0, size()), hash);
        range.append(hash, nodes::put);
        leaves.add(leaf);
        return this;
    }

    /** @return a leaf as the service writes it for this event */
    public static LeafRecord leaf(String agreementId, long position, long version) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("agreementId", agreementId);
        payload.put("title", "Task force on AI data centres \u2013 S\u00e9oul, meeting " + version);
        payload.put("occurredOn", Map.of("date", "2025-09", "precision", "MONTH"));
        String type = version == 0 ? "accord.messages.events.MoUSigned" : "accord.messages.events.TaskForceFormed";
        return new LeafRecord(position, "event-" + position, agreementId, version, type, null,
                String.format("2025-10-01T09:30:%02d.123456789Z", position % 60), "clerk@accord.example",
                "corr-" + position, "cmd-" + position, payload);
    }

    /** @return the number of leaves */
    public long size() {
        return leaves.size();
    }

    /** @return the leaf at a position */
    public LeafRecord leafAt(long position) {
        return leaves.get((int) position);
    }

    /** @return the checkpoint of the whole tree, signed with this ledger's key */
    public String checkpoint() {
        return checkpoint(size());
    }

    /** @return the checkpoint of the first {@code treeSize} leaves, signed with this ledger's key */
    public String checkpoint(long treeSize) {
        return checkpoint(treeSize, ORIGIN, keyPair.getPrivate());
    }

    /** @return the checkpoint of the first {@code treeSize} leaves, signed by the named key */
    public String checkpoint(long treeSize, String keyName, PrivateKey key) {
        byte[] root = MerkleProofs.root(treeSize, nodes::get);
        return SignedNote.sign(new Checkpoint(ORIGIN, treeSize, root).body(), keyName, key);
    }

    /** @return the verifier key of this ledger's signing key */
    public NoteKey key() {
        return NoteKey.of(ORIGIN, keyPair.getPublic());
    }

    /** @return the event at a position as a bundle carries it, proven in the whole tree */
    public BundledEvent bundled(long position) {
        byte[] leaf = leafAt(position).canonicalBytes();
        return new BundledEvent(position, leafAt(position).version(), new String(leaf, StandardCharsets.UTF_8),
                MerkleHashes.leafHash(leaf), MerkleProofs.inclusion(position, size(), nodes::get));
    }

    /** @return every event of the agreement, in position order, proven in the whole tree */
    public List<BundledEvent> eventsOf(String agreementId) {
        List<BundledEvent> events = new ArrayList<>();
        for (int position = 0; position < leaves.size(); position++) {
            if (leaves.get(position).agreementId().equals(agreementId)) {
                events.add(bundled(position));
            }
        }
        return events;
    }

    /** @return the bundle the service would serve for {@link #AGREEMENT}, at the whole tree */
    public AuditBundle bundle() {
        return new AuditBundle(AGREEMENT, checkpoint(), key().verifierKey(), eventsOf(AGREEMENT));
    }

    /** @return a key pair no ledger signs with */
    public static KeyPair generateKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has Ed25519", e);
        }
    }
}
