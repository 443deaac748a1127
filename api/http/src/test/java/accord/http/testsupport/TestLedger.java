package accord.http.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ledger settings of a test run: one signing key per JVM, created on first use in a temporary
 * folder (as every node of one ledger shares one key), and checkpoints signed quickly.
 */
public final class TestLedger {

    private static final Path KEY_FILE = newKeyFile();

    private TestLedger() {
    }

    /** @return the signing key file every service of this test run signs with */
    public static Path keyFile() {
        return KEY_FILE;
    }

    /** @return {@code accord.ledger.*} for the test run */
    public static Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("accord.ledger.signing-key-file", keyFile().toString());
        properties.put("accord.ledger.generate-missing-key", "true");
        properties.put("accord.ledger.checkpoint-interval", "200ms");
        return properties;
    }

    private static Path newKeyFile() {
        try {
            Path folder = Files.createTempDirectory("accord-test-ledger");
            folder.toFile().deleteOnExit();
            Path key = folder.resolve("signing-key.pem");
            key.toFile().deleteOnExit();
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
