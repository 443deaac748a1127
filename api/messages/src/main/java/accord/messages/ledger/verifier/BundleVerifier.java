package accord.messages.ledger.verifier;

import accord.messages.ledger.AuditBundle;
import accord.messages.ledger.BundledEvent;
import accord.messages.ledger.Checkpoint;
import accord.messages.ledger.LeafRecord;
import accord.messages.ledger.MerkleHashes;
import accord.messages.ledger.MerkleProofs;
import accord.messages.ledger.NoteKey;
import accord.messages.ledger.SignedNote;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Checks an {@link AuditBundle} as docs/ledger.md §6 says: the checkpoint is signed by the trusted
 * key, every leaf hashes to its leaf hash and is proven at its position in the checkpoint's tree,
 * every leaf is a canonical leaf of the bundle's agreement at the event's position and version,
 * and the versions run 0, 1, 2, … with positions rising. The tree's size and root come only from
 * the signed checkpoint, never from the proofs. Hostile input never makes it throw: every problem
 * is a failed check with its reason in the report.
 */
public final class BundleVerifier {

    /** Longer lines are cut, so a hostile bundle cannot bury the report in one line. */
    private static final int MAX_LINE = 2000;

    private final List<String> lines = new ArrayList<>();
    private int failures;

    private BundleVerifier() {
    }

    /**
     * @param bundle the bundle to check
     * @param trustedKey the service's verifier key, obtained independently of the bundle; null to
     *     use the bundle's own {@code verifierKey}, in which case the report says that the result
     *     only shows the bundle is consistent with itself, not who signed it
     * @return the report; {@link VerificationReport#verified()} only when every check passed
     */
    public static VerificationReport verify(AuditBundle bundle, NoteKey trustedKey) {
        BundleVerifier verifier = new BundleVerifier();
        boolean pinned = trustedKey != null;
        try {
            verifier.check(bundle, trustedKey);
        } catch (RuntimeException e) {
            verifier.fail("The verifier could not finish: " + e);
        }
        return verifier.report(pinned, bundle == null ? 0 : bundle.events().size());
    }

    private void check(AuditBundle bundle, NoteKey trustedKey) {
        if (bundle == null) {
            fail("There is no bundle to check.");
            return;
        }
        List<BundledEvent> events = bundle.events();
        line("Audit bundle of agreement " + bundle.agreementId() + ": " + events(events.size()));
        Checkpoint tree = checkpointBody(bundle.checkpoint());
        NoteKey key = key(bundle, trustedKey);
        boolean signed = tree != null && key != null && signature(bundle.checkpoint(), tree, key);
        if (events.isEmpty()) {
            fail("The bundle has no events; every agreement in the ledger has at least one.");
        }
        long previousVersion = -1;
        long previousPosition = -1;
        for (BundledEvent event : events) {
            List<String> reasons = new ArrayList<>();
            sequence(event, previousVersion, previousPosition, reasons);
            previousVersion = event.version();
            previousPosition = event.position();
            byte[] leaf = event.leaf().getBytes(StandardCharsets.UTF_8);
            byte[] leafHash = MerkleHashes.leafHash(leaf);
            LeafRecord record = leaf(event, leaf, bundle.agreementId(), reasons);
            hash(event, leafHash, reasons);
            inclusion(event, leafHash, tree, reasons);
            String heading = "version " + event.version() + " at position " + event.position() + describe(record);
            if (reasons.isEmpty()) {
                line(heading + ": included" + (signed ? "" : " in the tree the checkpoint claims, but the checkpoint"
                        + " is not verified"));
            } else {
                failures += reasons.size();
                line(heading + ": FAILED: " + String.join("; ", reasons));
            }
        }
    }

    private Checkpoint checkpointBody(String note) {
        try {
            Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(note).text());
            line("Checkpoint: origin " + checkpoint.origin() + ", tree size " + checkpoint.treeSize() + ", root "
                    + Base64.getEncoder().encodeToString(checkpoint.rootHash()));
            return checkpoint;
        } catch (IllegalArgumentException e) {
            fail("Checkpoint: FAILED: it is not a signed checkpoint note: " + e.getMessage()
                    + "; no event can be proven without it");
            return null;
        }
    }

    private NoteKey key(AuditBundle bundle, NoteKey trustedKey) {
        if (trustedKey != null) {
            line("Key: " + trustedKey.verifierKey() + " (pinned)");
            if (!trustedKey.verifierKey().equals(bundle.verifierKey())) {
                line("Note: the bundle names another key, " + bundle.verifierKey() + "; it is ignored");
            }
            return trustedKey;
        }
        try {
            NoteKey key = NoteKey.parse(bundle.verifierKey());
            line("Key: " + key.verifierKey() + " taken from the bundle itself, NOT PINNED: this only shows the"
                    + " bundle is consistent with itself, not that the service signed it; pin the service's key"
                    + " (obtained independently) to check that");
            return key;
        } catch (IllegalArgumentException e) {
            fail("Key: FAILED: no key is pinned and the bundle's verifierKey is not a verifier key: " + e.getMessage());
            return null;
        }
    }

    private boolean signature(String note, Checkpoint tree, NoteKey key) {
        if (!key.name().equals(tree.origin())) {
            fail("Checkpoint signature: FAILED: the key is named " + key.name() + " but the checkpoint's origin is "
                    + tree.origin() + "; a log's checkpoints are signed by the key named after its origin");
            return false;
        }
        if (!SignedNote.parse(note).verifiedBy(key)) {
            fail("Checkpoint signature: FAILED: the checkpoint's signature does not verify with key " + key.name()
                    + "+" + key.keyIdHex() + "; the checkpoint was altered or signed by another key");
            return false;
        }
        line("Checkpoint signature: verified with key " + key.name() + "+" + key.keyIdHex());
        return true;
    }

    private static void sequence(BundledEvent event, long previousVersion, long previousPosition, List<String> reasons) {
        long version = event.version();
        if (version == previousVersion) {
            reasons.add("version " + version + " is repeated");
        } else if (version < previousVersion) {
            reasons.add("version " + version + " comes after version " + previousVersion + "; versions must be in order");
        } else if (version == previousVersion + 2) {
            reasons.add("version " + (previousVersion + 1) + " is missing before it");
        } else if (version > previousVersion + 2) {
            reasons.add("versions " + (previousVersion + 1) + " to " + (version - 1) + " are missing before it");
        }
        if (event.position() <= previousPosition) {
            reasons.add("its position " + event.position() + " does not come after position " + previousPosition
                    + " of the event before it");
        }
    }

    private static LeafRecord leaf(BundledEvent event, byte[] leaf, String agreementId, List<String> reasons) {
        LeafRecord record;
        try {
            record = LeafRecord.parse(leaf);
        } catch (IllegalArgumentException e) {
            reasons.add("the leaf is not a canonical " + LeafRecord.FORMAT + " leaf: " + e.getMessage());
            return null;
        }
        if (!record.agreementId().equals(agreementId)) {
            reasons.add("the leaf belongs to agreement " + record.agreementId() + ", not to " + agreementId);
        }
        if (record.position() != event.position()) {
            reasons.add("the leaf's position is " + record.position() + ", not the event's position " + event.position());
        }
        if (record.version() != event.version()) {
            reasons.add("the leaf's version is " + record.version() + ", not the event's version " + event.version());
        }
        return record;
    }

    private static void hash(BundledEvent event, byte[] leafHash, List<String> reasons) {
        byte[] claimed = event.leafHash();
        if (claimed.length != MerkleHashes.LENGTH) {
            reasons.add("the leafHash is " + claimed.length + " bytes, not " + MerkleHashes.LENGTH);
        } else if (!MessageDigest.isEqual(claimed, leafHash)) {
            reasons.add("the leafHash is not SHA-256(0x00 || leaf): the leaf or its hash was altered");
        }
    }

    private static void inclusion(BundledEvent event, byte[] leafHash, Checkpoint tree, List<String> reasons) {
        if (tree == null) {
            reasons.add("not proven: there is no readable checkpoint");
            return;
        }
        long position = event.position();
        long size = tree.treeSize();
        if (position >= size) {
            reasons.add("position " + position + " is beyond the checkpoint's tree of " + size + " leaves");
            return;
        }
        List<byte[]> path = event.auditPath();
        int expected = pathLength(position, size);
        if (path.size() != expected) {
            reasons.add("the audit path has " + path.size() + " hashes, but a proof for position " + position
                    + " in a tree of " + size + " leaves has " + expected);
            return;
        }
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).length != MerkleHashes.LENGTH) {
                reasons.add("audit path hash " + i + " is " + path.get(i).length + " bytes, not " + MerkleHashes.LENGTH);
                return;
            }
        }
        if (!MerkleProofs.verifyInclusion(position, size, leafHash, path, tree.rootHash())) {
            reasons.add("the audit path does not lead from this leaf at position " + position
                    + " to the checkpoint's root: the leaf or the path was altered");
        }
    }

    /** The number of hashes in an RFC 9162 audit path: one per level of the descent from the root to the leaf. */
    private static int pathLength(long position, long size) {
        int length = 0;
        long lo = 0;
        long hi = size;
        while (hi - lo > 1) {
            long k = Long.highestOneBit(hi - lo - 1);
            if (position < lo + k) {
                hi = lo + k;
            } else {
                lo += k;
            }
            length++;
        }
        return length;
    }

    private static String describe(LeafRecord record) {
        if (record == null) {
            return "";
        }
        return " (" + record.eventType() + ", recorded " + record.recordedAt()
                + (record.recordedBy() == null ? "" : " by " + record.recordedBy()) + ")";
    }

    private VerificationReport report(boolean pinned, int events) {
        if (failures == 0) {
            line(pinned
                    ? "VERIFIED: " + events(events) + " included in the checkpoint signed by the pinned key; 0 failures"
                    : "VERIFIED, KEY NOT PINNED: the bundle is consistent with itself; 0 failures");
        } else {
            line("NOT VERIFIED: " + failures + (failures == 1 ? " failure" : " failures"));
        }
        return new VerificationReport(failures == 0, lines);
    }

    private void fail(String message) {
        failures++;
        line(message);
    }

    private void line(String text) {
        lines.add(printable(text));
    }

    /**
     * @param text text that may come from a hostile bundle
     * @return the text on one line, with control, format and separator characters escaped (so no
     *     one can forge a report line or hide text) and cut after {@value #MAX_LINE} characters
     */
    static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(MAX_LINE).forEach(c -> {
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        if (text.codePointCount(0, text.length()) > MAX_LINE) {
            shown.append(" ... (cut)");
        }
        return shown.toString();
    }

    private static String events(int count) {
        return count + (count == 1 ? " event" : " events");
    }
}
