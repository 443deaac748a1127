package accord.messages.ledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import accord.messages.ledger.AuditBundle;
import accord.messages.ledger.SampleLedger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyAuditBundleTest {

    private final SampleLedger ledger = SampleLedger.withEvents(4);
    private final AuditBundle bundle = ledger.bundle();
    private final String key = ledger.key().verifierKey();

    @TempDir
    Path directory;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void aBundleThatVerifiesWithThePinnedKeyExitsZeroAndPrintsTheReport() throws IOException {
        int exit = run(write(bundle.toJson()).toString(), "--key", key);

        assertThat(exit).as(output()).isZero();
        assertThat(output()).startsWith("Audit bundle of agreement " + SampleLedger.AGREEMENT + ": 4 events\n")
                .contains(key + " (pinned)", "version 3 at position 5").contains("\nVERIFIED: ");
    }

    @Test
    void aBundleCheckedWithoutAKeyExitsZeroButSaysTheKeyWasNotPinned() throws IOException {
        int exit = run(write(bundle.toJson()).toString());

        assertThat(exit).as(output()).isZero();
        assertThat(output()).contains("NOT PINNED");
    }

    @Test
    void anAlteredBundleExitsOne() throws IOException {
        String altered = bundle.toJson().replace("meeting 1", "meeting 9");

        int exit = run(write(altered).toString(), "--key", key);

        assertThat(exit).as(output()).isEqualTo(1);
        assertThat(output()).contains("version 1 at position 2", "FAILED").contains("\nNOT VERIFIED: 2 failures\n");
    }

    @Test
    void aFileThatCannotBeReadExitsOneAndSaysWhy() {
        int exit = run(directory.resolve("missing.json").toString(), "--key", key);

        assertThat(exit).isEqualTo(1);
        assertThat(output()).contains("Cannot read", "missing.json", "NOT VERIFIED");
    }

    @Test
    void aFileThatIsNotJsonExitsOneAndSaysWhy() throws IOException {
        int exit = run(write("format: accord/audit-bundle/v1").toString(), "--key", key);

        assertThat(exit).isEqualTo(1);
        assertThat(output()).contains("is not an audit bundle", "at offset 0", "NOT VERIFIED");
    }

    @Test
    void noArgumentsExitTwoWithUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(output()).contains("usage: java -jar accord-messages.jar <bundle.json> [--key <verifier key>]");
    }

    @Test
    void anUnknownOptionExitsTwoWithUsage() throws IOException {
        assertThat(run(write(bundle.toJson()).toString(), "--trust-me")).isEqualTo(2);
        assertThat(output()).contains("unknown option --trust-me", "usage:");
    }

    @Test
    void aKeyOptionWithoutAUsableKeyExitsTwo() throws IOException {
        Path file = write(bundle.toJson());

        assertThat(run(file.toString(), "--key")).isEqualTo(2);
        assertThat(run(file.toString(), "--key", "accord.example/ledger+00000000+AAAA")).isEqualTo(2);
        assertThat(output()).contains("--key takes one verifier key", "the --key value is not a verifier key");
    }

    private int run(String... args) {
        return VerifyAuditBundle.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(directory.resolve("bundle.json"), text, StandardCharsets.UTF_8);
    }
}
