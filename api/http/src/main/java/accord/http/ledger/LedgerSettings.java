package accord.http.ledger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The tamper-evident ledger ({@code accord.ledger.*}).
 *
 * @param origin              the checkpoint origin and signing key name: a URL without scheme that
 *                            names this ledger, e.g. {@code ledger.accord.example.org}
 * @param signingKeyFile      the Ed25519 private key, PKCS#8 PEM ({@code openssl genpkey -algorithm ed25519})
 * @param generateMissingKey  whether a missing key file is created at start; when not set, only on
 *                            the embedded database (a shared database needs one key for all nodes)
 * @param retiredVerifierKeys verifier keys of earlier signing keys, whose checkpoints the self-audit
 *                            still accepts after a key rotation
 * @param checkpointInterval  how often the tree is extended and a checkpoint signed when it has grown
 * @param auditInterval       how often the self-audit runs
 * @param bundleWait          how long an audit bundle request waits for a checkpoint that covers the
 *                            agreement's newest event
 * @param notarise            false only to measure what notarisation costs (the command benchmark's
 *                            baseline): appends then get no position and no leaf, and the ledger
 *                            stops growing. Never in production.
 */
@Validated
@ConfigurationProperties("accord.ledger")
public record LedgerSettings(
        @DefaultValue("accord.example/ledger") @NotBlank @Pattern(regexp = "[^\\s+]+") String origin,
        @DefaultValue("./data/ledger-signing-key.pem") @NotNull Path signingKeyFile,
        Boolean generateMissingKey,
        @DefaultValue List<String> retiredVerifierKeys,
        @DefaultValue("1s") @NotNull Duration checkpointInterval,
        @DefaultValue("1h") @NotNull Duration auditInterval,
        @DefaultValue("10s") @NotNull Duration bundleWait,
        @DefaultValue("true") boolean notarise) {
}
