package accord.http.ledger;

import accord.command.ledger.CheckpointSigner;
import accord.command.ledger.Notary;
import accord.command.ledger.SigningKey;
import accord.command.ledger.SigningKeyFile;
import accord.http.platform.persistence.DatabaseProduct;
import accord.messages.ledger.NoteKey;
import accord.query.ledger.AuditBundles;
import accord.query.ledger.Ledger;
import accord.query.ledger.LedgerPositions;
import accord.query.ledger.LedgerProofs;
import accord.query.ledger.SelfAudit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger's parts: the notary the event store calls, the signer, the readers and the self-audit. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerSettings.class)
public class LedgerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LedgerConfiguration.class);

    /** Found by Spring Boot's Flyway auto-configuration, which runs Java migrations it finds as beans. */
    @Bean
    public LedgerBackfill ledgerBackfill() {
        return new LedgerBackfill();
    }

    @Bean
    public Notary notary(JdbcTemplate jdbc, DataSource dataSource) {
        return new Notary(jdbc, DatabaseProduct.isPostgreSql(dataSource));
    }

    /**
     * The checkpoint signing key from {@code accord.ledger.signing-key-file}. A missing file is
     * created only where {@code generate-missing-key} allows it: by default on the embedded database,
     * never on a shared PostgreSQL, where every node must sign with the same key.
     */
    @Bean
    public SigningKey ledgerSigningKey(LedgerSettings settings, DataSource dataSource) {
        Path file = settings.signingKeyFile();
        if (!Files.exists(file)) {
            boolean generate = settings.generateMissingKey() != null
                    ? settings.generateMissingKey()
                    : !DatabaseProduct.isPostgreSql(dataSource);
            if (!generate) {
                throw new IllegalStateException("The ledger signing key " + file.toAbsolutePath() + " does not exist. "
                        + "Create one with `openssl genpkey -algorithm ed25519 -out " + file + "` (the same file on "
                        + "every node) or point accord.ledger.signing-key-file at yours.");
            }
            SigningKeyFile.create(file);
            log.info("Created a new ledger signing key at {}", file.toAbsolutePath());
        }
        SigningKey key = SigningKeyFile.read(file, settings.origin());
        log.info("Ledger checkpoints are signed with verifier key {}", key.noteKey().verifierKey());
        return key;
    }

    @Bean
    public CheckpointSigner checkpointSigner(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                             SigningKey ledgerSigningKey, LedgerSettings settings) {
        return new CheckpointSigner(jdbc, new TransactionTemplate(transactions), ledgerSigningKey, settings.origin(),
                Clock.systemUTC());
    }

    @Bean
    public LedgerPositions ledgerPositions(JdbcTemplate jdbc, LedgerSettings settings) {
        return new LedgerPositions(jdbc, settings.notarise());
    }

    /** Named apart from the {@code ledger} health contributor, whose name the health endpoint shows. */
    @Bean
    public Ledger ledgerTables(JdbcTemplate jdbc, DataSource dataSource) {
        return new Ledger(jdbc, DatabaseProduct.isPostgreSql(dataSource));
    }

    @Bean
    public LedgerProofs ledgerProofs(Ledger ledger) {
        return new LedgerProofs(ledger);
    }

    @Bean
    public AuditBundles auditBundles(Ledger ledger, LedgerProofs ledgerProofs, SigningKey ledgerSigningKey) {
        return new AuditBundles(ledger, ledgerProofs, ledgerSigningKey.noteKey().verifierKey());
    }

    /** Trusts the signing key and every retired one, so checkpoints signed before a rotation still verify. */
    @Bean
    public SelfAudit selfAudit(JdbcTemplate jdbc, SigningKey ledgerSigningKey, LedgerSettings settings) {
        List<NoteKey> trusted = new ArrayList<>();
        trusted.add(ledgerSigningKey.noteKey());
        settings.retiredVerifierKeys().stream().map(NoteKey::parse).forEach(trusted::add);
        return new SelfAudit(jdbc, trusted, Clock.systemUTC());
    }
}
