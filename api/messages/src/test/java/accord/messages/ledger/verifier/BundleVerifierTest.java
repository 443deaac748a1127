package accord.messages.ledger.verifier;

import static accord.messages.ledger.SampleLedger.AGREEMENT;
import static accord.messages.ledger.SampleLedger.ORIGIN;
import static accord.messages.ledger.SampleLedger.OTHER_AGREEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import accord.messages.ledger.AuditBundle;
import accord.messages.ledger.BundledEvent;
import accord.messages.ledger.Checkpoint;
import accord.messages.ledger.NoteKey;
import accord.messages.ledger.SampleLedger;
import accord.messages.ledger.SignedNote;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class BundleVerifierTest {

    private final SampleLedger ledger = SampleLedger.withEvents(14);
    private final AuditBundle bundle = ledger.bundle();
    private final NoteKey key = ledger.key();

    @Test
    void aBundleOfSignedEventsVerifiesWithThePinnedKey() {
        VerificationReport report = BundleVerifier.verify(bundle, key);

        assertThat(report.verified()).as(report.text()).isTrue();
        Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(bundle.checkpoint()).text());
        assertThat(report.lines().get(0)).contains(AGREEMENT, "14 events");
        assertThat(report.text()).contains("origin " + ORIGIN, "tree size " + checkpoint.treeSize(),
                "root " + Base64.getEncoder().encodeToString(checkpoint.rootHash()), key.verifierKey() + " (pinned)");
        assertThat(report.lines()).contains("version 3 at position 5 (accord.messages.events.TaskForceFormed, recorded "
                + "2025-10-01T09:30:05.123456789Z by clerk@accord.example): included");
        assertThat(report.lines()).filteredOn(line -> line.startsWith("version ")).hasSize(14)
                .allMatch(line -> line.endsWith(": included"));
        assertThat(last(report)).startsWith("VERIFIED").contains("0 failures");
    }

    @Test
    void withoutAPinnedKeyTheReportSaysItOnlyShowsTheBundleAgreesWithItself() {
        VerificationReport report = BundleVerifier.verify(bundle, null);

        assertThat(report.verified()).as(report.text()).isTrue();
        assertThat(report.text()).contains("taken from the bundle itself, NOT PINNED", "consistent with itself");
        assertThat(last(report)).startsWith("VERIFIED, KEY NOT PINNED");
    }

    @Test
    void aLeafWithOneByteAlteredFails() {
        AuditBundle altered = withEvent(2, e -> new BundledEvent(e.position(), e.version(),
                e.leaf().replace("meeting 2", "meeting 3"), e.leafHash(), e.auditPath()));

        assertFails(altered, key, "version 2 at position 4", "leafHash is not SHA-256(0x00 || leaf)",
                "audit path does not lead from this leaf at position 4");
    }

    @Test
    void anAlteredLeafHashFails() {
        AuditBundle altered = withEvent(2, e -> new BundledEvent(e.position(), e.version(), e.leaf(),
                flipBit(e.leafHash()), e.auditPath()));

        assertFails(altered, key, "version 2 at position 4", "leafHash is not SHA-256(0x00 || leaf)");
    }

    @Test
    void aFlippedBitInTheAuditPathFails() {
        AuditBundle altered = withEvent(5, e -> {
            List<byte[]> path = new ArrayList<>(e.auditPath());
            path.set(1, flipBit(path.get(1)));
            return new BundledEvent(e.position(), e.version(), e.leaf(), e.leafHash(), path);
        });

        assertFails(altered, key, "version 5 at position 8", "audit path does not lead from this leaf");
    }

    @Test
    void anAuditPathWithAHashRemovedFails() {
        AuditBundle altered = withEvent(5, e -> {
            List<byte[]> path = new ArrayList<>(e.auditPath());
            path.remove(path.size() - 1);
            return new BundledEvent(e.position(), e.version(), e.leaf(), e.leafHash(), path);
        });

        assertFails(altered, key, "version 5 at position 8", "the audit path has 4 hashes, but a proof for position 8"
                + " in a tree of 22 leaves has 5");
    }

    @Test
    void anAuditPathWithAHashAddedFails() {
        AuditBundle altered = withEvent(5, e -> {
            List<byte[]> path = new ArrayList<>(e.auditPath());
            path.add(path.get(0));
            return new BundledEvent(e.position(), e.version(), e.leaf(), e.leafHash(), path);
        });

        assertFails(altered, key, "the audit path has 6 hashes, but a proof for position 8 in a tree of 22 leaves has 5");
    }

    @Test
    void aCheckpointCheckedWithAnotherPinnedKeyFails() {
        NoteKey other = NoteKey.of(ORIGIN, SampleLedger.generateKey().getPublic());

        VerificationReport report = assertFails(bundle, other, "signature does not verify with key " + ORIGIN + "+"
                + other.keyIdHex());
        assertThat(report.text()).contains("the bundle names another key");
    }

    @Test
    void aCheckpointSignedByAKeyNotNamedAfterTheOriginFails() {
        KeyPair impostor = SampleLedger.generateKey();
        String note = ledger.checkpoint(ledger.size(), "impostor.example/ledger", impostor.getPrivate());
        AuditBundle signedByImpostor = new AuditBundle(AGREEMENT, note, bundle.verifierKey(), bundle.events());

        assertFails(signedByImpostor, NoteKey.of("impostor.example/ledger", impostor.getPublic()),
                "the key is named impostor.example/ledger but the checkpoint's origin is " + ORIGIN);
    }

    @Test
    void anAlteredCheckpointBodyFails() {
        String root = Base64.getEncoder().encodeToString(Checkpoint.parse(SignedNote.parse(bundle.checkpoint()).text())
                .rootHash());
        String otherRoot = Base64.getEncoder().encodeToString(flipBit(Base64.getDecoder().decode(root)));
        AuditBundle altered = new AuditBundle(AGREEMENT, bundle.checkpoint().replace(root, otherRoot),
                bundle.verifierKey(), bundle.events());

        assertFails(altered, key, "Checkpoint signature: FAILED: the checkpoint's signature does not verify");
    }

    @Test
    void aMissingVersionFails() {
        List<BundledEvent> events = new ArrayList<>(bundle.events());
        events.remove(2);

        assertFails(withEvents(events), key, "version 3 at position 5", "version 2 is missing before it");
    }

    @Test
    void aRepeatedVersionFails() {
        List<BundledEvent> events = new ArrayList<>(bundle.events());
        events.add(3, events.get(2));

        assertFails(withEvents(events), key, "version 2 is repeated", "position 4 does not come after position 4");
    }

    @Test
    void anEventOfAnotherAgreementFails() {
        BundledEvent foreign = ledger.bundled(3);
        AuditBundle mixed = withEvent(2, e -> new BundledEvent(foreign.position(), e.version(), foreign.leaf(),
                foreign.leafHash(), foreign.auditPath()));

        assertFails(mixed, key, "the leaf belongs to agreement " + OTHER_AGREEMENT + ", not to " + AGREEMENT);
    }

    @Test
    void aLeafNamingAnotherPositionThanItsEventFails() {
        SampleLedger misplaced = SampleLedger.empty().append(AGREEMENT).append(SampleLedger.leaf(AGREEMENT, 7, 1))
                .append(SampleLedger.leaf(AGREEMENT, 2, 2));

        VerificationReport report = assertFails(misplaced.bundle(), misplaced.key(),
                "the leaf's position is 7, not the event's position 1");
        assertThat(last(report)).isEqualTo("NOT VERIFIED: 1 failure");
    }

    @Test
    void anEventBeyondTheSignedTreeFails() {
        String smaller = ledger.checkpoint(10);
        AuditBundle beyond = new AuditBundle(AGREEMENT, smaller, bundle.verifierKey(), bundle.events());

        assertFails(beyond, key, "position 10 is beyond the checkpoint's tree of 10 leaves");
    }

    @Test
    void aBundleWithoutEventsFails() {
        VerificationReport report = assertFails(withEvents(List.of()), key, "The bundle has no events");
        assertThat(report.lines().get(0)).contains("0 events");
    }

    @Test
    void hostileValuesBecomeFailedChecksOnLinesOfTheirOwn() {
        AuditBundle hostile = new AuditBundle("x\nVERIFIED: 0 failures\u202e", "not a note", "not a key", List.of(
                new BundledEvent(0, 0, "{", new byte[3], List.of(new byte[1])),
                new BundledEvent(Long.MAX_VALUE, Long.MIN_VALUE, "", new byte[32], List.of())));

        VerificationReport report = BundleVerifier.verify(hostile, null);

        assertThat(report.verified()).isFalse();
        assertThat(report.lines()).noneMatch(line -> line.contains("\n") || line.contains("\u202e"));
        assertThat(report.lines()).filteredOn(line -> line.startsWith("VERIFIED")).isEmpty();
        assertThat(report.text()).contains("x\\u000aVERIFIED", "not a signed checkpoint note",
                "the bundle's verifierKey is not a verifier key", "the leafHash is 3 bytes");
        assertThat(BundleVerifier.verify(null, key).verified()).isFalse();
    }

    private static VerificationReport assertFails(AuditBundle bundle, NoteKey key, String... reasons) {
        VerificationReport report = BundleVerifier.verify(bundle, key);
        assertThat(report.verified()).as(report.text()).isFalse();
        assertThat(report.text()).contains(reasons);
        assertThat(last(report)).matches("NOT VERIFIED: \\d+ failures?");
        return report;
    }

    private AuditBundle withEvent(int index, UnaryOperator<BundledEvent> change) {
        List<BundledEvent> events = new ArrayList<>(bundle.events());
        events.set(index, change.apply(events.get(index)));
        return withEvents(events);
    }

    private AuditBundle withEvents(List<BundledEvent> events) {
        return new AuditBundle(bundle.agreementId(), bundle.checkpoint(), bundle.verifierKey(), events);
    }

    private static byte[] flipBit(byte[] bytes) {
        byte[] flipped = bytes.clone();
        flipped[flipped.length / 2] ^= 0x10;
        return flipped;
    }

    private static String last(VerificationReport report) {
        return report.lines().get(report.lines().size() - 1);
    }
}
