package accord.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;

/**
 * A ledger signing key made for one run: an Ed25519 private key in a PKCS#8 PEM file, the format
 * {@code openssl genpkey -algorithm ed25519} writes and the service reads from
 * {@code accord.ledger.signing-key-file}. On PostgreSQL the service refuses to start without one.
 * The benchmark keeps the public key, so it can check the service's checkpoints against a key it
 * pinned itself, as an auditor does. The file and its directory are deleted on {@link #close()}.
 */
public final class ScratchKey implements AutoCloseable {

    private final Path directory;
    private final Path file;
    private final PublicKey publicKey;

    private ScratchKey(Path directory, Path file, PublicKey publicKey) {
        this.directory = directory;
        this.file = file;
        this.publicKey = publicKey;
    }

    /** @return a new key in a new temporary directory readable only by its owner */
    public static ScratchKey create() throws IOException {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot generate Ed25519 keys", e);
        }
        Path directory = Files.createTempDirectory("accord-bench-key-");
        Path file = directory.resolve("ledger-signing-key.pem");
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        return new ScratchKey(directory, file, pair.getPublic());
    }

    /** @return the service arguments that make it sign with this key */
    public List<String> serviceArguments() {
        return List.of("--accord.ledger.signing-key-file=" + file.toAbsolutePath());
    }

    /** @return the public half, to verify checkpoints with */
    public PublicKey publicKey() {
        return publicKey;
    }

    @Override
    public String toString() {
        return "signing key " + file;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(directory);
    }
}
