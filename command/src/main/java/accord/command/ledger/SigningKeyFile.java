package accord.command.ledger;

import accord.messages.ledger.NoteKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the checkpoint signing key from a PKCS#8 PEM file, as {@code openssl genpkey -algorithm
 * ed25519} writes it, or creates one.
 */
public final class SigningKeyFile {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    private SigningKeyFile() {
    }

    /**
     * @param file    the PEM file
     * @param keyName the signed-note key name (the ledger's origin)
     * @return the key
     * @throws IllegalStateException when the file is missing or holds no Ed25519 private key
     */
    public static SigningKey read(Path file, String keyName) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the ledger signing key " + file.toAbsolutePath() + ": " + e, e);
        }
        Matcher pem = PEM.matcher(text);
        if (!pem.find()) {
            throw new IllegalStateException("The ledger signing key " + file.toAbsolutePath()
                    + " is not a PKCS#8 PEM private key (create one with: openssl genpkey -algorithm ed25519 -out "
                    + file + ")");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.group(1));
        try {
            PrivateKey privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
            byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
                    .orElseThrow(() -> new IllegalStateException("The signing key hides its bytes"));
            KeyPair pair = pairFromSeed(seed);
            return new SigningKey(NoteKey.of(keyName, pair.getPublic()), pair.getPrivate());
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("The ledger signing key " + file.toAbsolutePath()
                    + " is not an Ed25519 private key: " + e.getMessage(), e);
        }
    }

    /**
     * Creates a new key file, readable only by its owner where the file system allows it.
     *
     * @param file where to write it; must not exist
     */
    public static void create(Path file) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(pair.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, pem, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps the directory's permissions.
            }
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("Refusing to overwrite the ledger signing key " + file.toAbsolutePath(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot create Ed25519 keys", e);
        }
    }

    /**
     * The JDK derives an Ed25519 public key only while generating a pair, from the random bytes it
     * draws as the private key; feeding it the stored private key gives the matching public key.
     */
    private static KeyPair pairFromSeed(byte[] seed) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
            }
        });
        KeyPair pair = generator.generateKeyPair();
        byte[] derived = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
        if (!Arrays.equals(derived, seed)) {
            throw new IllegalStateException("Could not derive the public key of the ledger signing key");
        }
        return pair;
    }
}
