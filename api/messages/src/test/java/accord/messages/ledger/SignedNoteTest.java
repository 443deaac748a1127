package accord.messages.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignedNoteTest {

    private static final String ORIGIN = "accord.example/ledger";

    /**
     * The empty tree's checkpoint signed with the RFC 8032 key by node's crypto.sign (Ed25519 is
     * deterministic), outside the project.
     */
    private static final String KNOWN_NOTE = "accord.example/ledger\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n"
            + "\u2014 accord.example/ledger B0YwiI1VTcIyzhV7OtNDwbt8sSX5prxFlXMIRkIqi37UetTT5A+hq+wKfWhlG3QV8PS+BHXaR123O7mm/wINbV7d7A0=\n";

    private final NoteKey rfcKey = new NoteKey(ORIGIN, Hex.bytes(Rfc8032Key.PUBLIC));
    private final String body = new Checkpoint(ORIGIN, 0, MerkleHashes.emptyRoot()).body();

    @Test
    void signingAKnownCheckpointGivesTheKnownNote() {
        assertThat(SignedNote.sign(body, ORIGIN, Rfc8032Key.privateKey())).isEqualTo(KNOWN_NOTE);
    }

    @Test
    void theKnownNoteVerifiesWithItsKey() {
        SignedNote note = SignedNote.parse(KNOWN_NOTE);
        assertThat(note.text()).isEqualTo(body);
        assertThat(note.signatures()).hasSize(1);
        assertThat(note.signatures().get(0).name()).isEqualTo(ORIGIN);
        assertThat(Hex.of(note.signatures().get(0).keyId())).isEqualTo("07463088");
        assertThat(note.verifiedBy(rfcKey)).isTrue();
        assertThat(note.verifiedBy(NoteKey.parse(rfcKey.verifierKey()))).isTrue();
    }

    @Test
    void aNoteSignedWithAGeneratedKeyVerifiesWithItsPublicKey() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String text = new Checkpoint(ORIGIN, 42, MerkleHashes.leafHash(new byte[] {1})).body();
        SignedNote note = SignedNote.parse(SignedNote.sign(text, ORIGIN, pair.getPrivate()));
        assertThat(note.verifiedBy(NoteKey.of(ORIGIN, pair.getPublic()))).isTrue();
        assertThat(Checkpoint.parse(note.text()).treeSize()).isEqualTo(42);
    }

    @Test
    void aTamperedBodyFails() {
        String tampered = KNOWN_NOTE.replace("\n0\n", "\n1\n");
        assertThat(SignedNote.parse(tampered).verifiedBy(rfcKey)).isFalse();
        String otherRoot = KNOWN_NOTE.replace("47DEQ", "47DEq");
        assertThat(SignedNote.parse(otherRoot).verifiedBy(rfcKey)).isFalse();
    }

    @Test
    void anotherKeyFails() throws Exception {
        NoteKey other = NoteKey.of(ORIGIN, KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic());
        assertThat(SignedNote.parse(KNOWN_NOTE).verifiedBy(other)).isFalse();
    }

    @Test
    void theRightKeyUnderAnotherNameFails() {
        NoteKey renamed = new NoteKey("accord.example/other", Hex.bytes(Rfc8032Key.PUBLIC));
        assertThat(SignedNote.parse(KNOWN_NOTE).verifiedBy(renamed)).isFalse();
        String relabelled = KNOWN_NOTE.replace("\u2014 accord.example/ledger ", "\u2014 accord.example/other ");
        assertThat(SignedNote.parse(relabelled).verifiedBy(renamed)).isFalse();
        assertThat(SignedNote.parse(relabelled).verifiedBy(rfcKey)).isFalse();
    }

    @Test
    void aTruncatedOrAlteredSignatureFails() {
        String line = KNOWN_NOTE.substring(KNOWN_NOTE.indexOf("\u2014"));
        String base64 = line.substring(line.lastIndexOf(' ') + 1, line.length() - 1);
        byte[] both = Base64.getDecoder().decode(base64);
        byte[] truncated = Arrays.copyOf(both, both.length - 1);
        String shortNote = KNOWN_NOTE.replace(base64, Base64.getEncoder().encodeToString(truncated));
        assertThat(SignedNote.parse(shortNote).verifiedBy(rfcKey)).isFalse();
        for (int bit = 32; bit < both.length * 8; bit += 7) {
            byte[] flipped = both.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            String altered = KNOWN_NOTE.replace(base64, Base64.getEncoder().encodeToString(flipped));
            assertThat(SignedNote.parse(altered).verifiedBy(rfcKey)).as("bit %d", bit).isFalse();
        }
    }

    @Test
    void aRepeatedSignatureLineForTheSameKeyFails() {
        String line = KNOWN_NOTE.substring(KNOWN_NOTE.indexOf("\u2014"));
        assertThat(SignedNote.parse(KNOWN_NOTE + line).verifiedBy(rfcKey)).isFalse();
    }

    @Test
    void signaturesOfOtherKeysAreKeptAndIgnored() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String witness = SignedNote.sign(body, "witness.example", pair.getPrivate());
        String both = KNOWN_NOTE + witness.substring(witness.indexOf("\u2014"));
        SignedNote note = SignedNote.parse(both);
        assertThat(note.signatures()).hasSize(2);
        assertThat(note.verifiedBy(rfcKey)).isTrue();
        assertThat(note.verifiedBy(NoteKey.of("witness.example", pair.getPublic()))).isTrue();
    }

    @Test
    void malformedNotesAreRefused() {
        String signature = KNOWN_NOTE.substring(KNOWN_NOTE.indexOf("\u2014"));
        String[] wrong = {
            "", body, body + "\n", KNOWN_NOTE.substring(0, KNOWN_NOTE.length() - 1),
            body + signature.replace("\u2014 ", "- "), body + signature.replace("\u2014 ", "\u2014"),
            body + signature.replace("\u2014 ", "\u2014  "), body + signature.replace(" B0Yw", "  B0Yw"),
            body + signature.replace("=\n", "\n"), body + signature.replace("=\n", "=\n\n"),
            body + signature.replace("accord.example/ledger ", "accord+example "),
            body + "\u2014 accord.example/ledger AAAA\n", body + "\u2014 accord.example/ledger \n",
            body + signature + "x\n",
        };
        for (String note : wrong) {
            assertThatThrownBy(() -> SignedNote.parse(note)).as(note).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void textsThatCannotBeSignedAreRefused() {
        for (String text : new String[] {"", "no newline", "tab\there\n", "cr\r\n"}) {
            assertThatThrownBy(() -> SignedNote.sign(text, ORIGIN, Rfc8032Key.privateKey()))
                    .as(text).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> SignedNote.sign(body, "bad name", Rfc8032Key.privateKey())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignedNote.sign(body, "bad+name", Rfc8032Key.privateKey())).isInstanceOf(IllegalArgumentException.class);
    }
}
