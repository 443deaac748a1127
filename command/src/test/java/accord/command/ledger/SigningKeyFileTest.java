package accord.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyFileTest {

    /** RFC 8032 §7.1, TEST 1: the secret key and the public key it gives. */
    private static final String RFC_8032_SECRET = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private static final String RFC_8032_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    /** The PKCS#8 prefix `openssl genpkey -algorithm ed25519` writes before the 32 secret bytes. */
    private static final String OPENSSL_PKCS8_PREFIX = "302e020100300506032b657004220420";

    @TempDir
    Path folder;

    @Test
    void readsAnOpenSslKeyFileAndDerivesItsPublicKey() throws Exception {
        Path file = folder.resolve("key.pem");
        byte[] der = HexFormat.of().parseHex(OPENSSL_PKCS8_PREFIX + RFC_8032_SECRET);
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + Base64.getEncoder().encodeToString(der)
                + "\n-----END PRIVATE KEY-----\n");

        SigningKey key = SigningKeyFile.read(file, "accord.example/ledger");

        assertThat(HexFormat.of().formatHex(key.noteKey().publicKey())).isEqualTo(RFC_8032_PUBLIC);
        assertThat(key.noteKey().name()).isEqualTo("accord.example/ledger");
    }

    @Test
    void aCreatedKeyFileIsReadableOnlyByItsOwnerAndSignsNotesItsPublicKeyVerifies() throws Exception {
        Path file = folder.resolve("data").resolve("key.pem");

        SigningKeyFile.create(file);
        SigningKey key = SigningKeyFile.read(file, "accord.example/ledger");

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String note = key.sign("accord.example/ledger\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
        assertThat(accord.messages.ledger.SignedNote.parse(note).verifiedBy(key.noteKey())).isTrue();
    }

    @Test
    void anExistingKeyFileIsNeverOverwritten() throws Exception {
        Path file = folder.resolve("key.pem");
        SigningKeyFile.create(file);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> SigningKeyFile.create(file)).hasMessageContaining("Refusing to overwrite");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNoPrivateKeyIsRefusedWithTheCommandThatMakesOne() throws Exception {
        Path file = folder.resolve("key.pem");
        Files.writeString(file, "not a key");

        assertThatThrownBy(() -> SigningKeyFile.read(file, "accord.example/ledger"))
                .hasMessageContaining("openssl genpkey -algorithm ed25519");
    }

    @Test
    void aMissingFileIsRefusedWithItsPath() {
        Path file = folder.resolve("missing.pem");

        assertThatThrownBy(() -> SigningKeyFile.read(file, "accord.example/ledger"))
                .hasMessageContaining(file.toAbsolutePath().toString());
    }
}
