package accord.messages.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;

class NoteKeyTest {

    /** Computed outside the project with Python's hashlib and base64 from the RFC 8032 public key. */
    private static final String VERIFIER_KEY = "accord.example/ledger+07463088+AddamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea";

    private final NoteKey key = new NoteKey("accord.example/ledger", Hex.bytes(Rfc8032Key.PUBLIC));

    @Test
    void keyIdAndVerifierKeyMatchKnownValues() {
        assertThat(Hex.of(key.keyId())).isEqualTo("07463088");
        assertThat(key.keyIdHex()).isEqualTo("07463088");
        assertThat(key.verifierKey()).isEqualTo(VERIFIER_KEY);
    }

    @Test
    void parsingAVerifierKeyGivesTheKeyBack() {
        assertThat(NoteKey.parse(VERIFIER_KEY)).isEqualTo(key);
    }

    @Test
    void aVerifierKeyWithAWrongKeyIdIsRefused() {
        assertThatThrownBy(() -> NoteKey.parse(VERIFIER_KEY.replace("+07463088+", "+07463089+")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key id");
        assertThatThrownBy(() -> NoteKey.parse(VERIFIER_KEY.replace("accord.example/ledger", "accord.example/other")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key id");
    }

    @Test
    void malformedVerifierKeysAreRefused() {
        for (String text : new String[] {
            "", "accord.example/ledger", "accord.example/ledger+07463088", VERIFIER_KEY + "+x",
            VERIFIER_KEY.replace("+07463088+", "+0746308+"), VERIFIER_KEY.replace("+07463088+", "+0746308A+"),
            VERIFIER_KEY.replace("+AddamAG", "+AtdamAG"), VERIFIER_KEY.substring(0, VERIFIER_KEY.length() - 1),
            "+07463088+AddamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea", "a b+07463088+AddamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea",
        }) {
            assertThatThrownBy(() -> NoteKey.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void convertsToAndFromJdkPublicKeys() throws Exception {
        PublicKey generated = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
        NoteKey named = NoteKey.of("accord.example/ledger", generated);
        assertThat(named.toPublicKey().getEncoded()).isEqualTo(generated.getEncoded());
        assertThat(NoteKey.parse(named.verifierKey())).isEqualTo(named);
        assertThat(key.toPublicKey().getEncoded()).endsWith(Hex.bytes(Rfc8032Key.PUBLIC));
    }

    @Test
    void keysOfOtherAlgorithmsAreRefused() throws Exception {
        PublicKey ec = KeyPairGenerator.getInstance("EC").generateKeyPair().getPublic();
        assertThatThrownBy(() -> NoteKey.of("n", ec)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoteKey("n", new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
