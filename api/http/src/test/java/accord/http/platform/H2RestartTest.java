package accord.http.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import accord.command.ledger.CheckpointSigner;
import accord.command.ledger.SigningKey;
import accord.messages.ledger.MerkleProofs;
import accord.query.ledger.Ledger;
import accord.query.ledger.LedgerProofs;
import accord.query.ledger.SelfAudit;
import accord.query.ledger.SignedCheckpoint;
import accord.http.testsupport.AccordContexts;

/** The embedded default: the PostgreSQL migrations' H2 twins, and data that outlives the process. */
class H2RestartTest {

    @TempDir
    Path data;

    @Test
    void migrationsRunOnH2AndDataSurvivesARestart() {
        String verifierKey;
        String aggregateId = Probes.anyAggregateId();

        try (ConfigurableApplicationContext before = start()) {
            JdbcTemplate jdbc = before.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select database()", String.class)).isNotBlank();
            assertThat(jdbc.queryForList(
                    "select table_name from information_schema.tables where table_schema = current_schema()",
                    String.class))
                    .contains("domain_event_entry", "snapshot_event_entry", "token_entry", "dead_letter_entry");
            before.getBean(EventStorageEngine.class).appendEvents(List.of(
                    Probes.recorded(aggregateId, 0, "proposed"),
                    Probes.recorded(aggregateId, 1, "signed")));
            verifierKey = before.getBean(SigningKey.class).noteKey().verifierKey();
        }
        assertThat(data.resolve("ledger-signing-key.pem")).as("the embedded default creates its signing key").exists();

        try (ConfigurableApplicationContext after = start()) {
            assertThat(after.getBean(EventStorageEngine.class).readEvents(aggregateId).asStream()
                    .<Object>map(DomainEventMessage::getPayload))
                    .containsExactly(new ProbeRecorded("proposed"), new ProbeRecorded("signed"));
            assertThat(after.getBean(JdbcTemplate.class).queryForList(
                    "select position from ledger_leaf order by position", Long.class)).containsExactly(0L, 1L);
            assertThat(after.getBean(SigningKey.class).noteKey().verifierKey())
                    .as("the key kept under the data folder signs after the restart").isEqualTo(verifierKey);
            after.getBean(CheckpointSigner.class).signIfGrown();
            SignedCheckpoint checkpoint = after.getBean(Ledger.class).latestCheckpoint().orElseThrow();
            assertThat(checkpoint.treeSize()).isEqualTo(2);
            LedgerProofs.InclusionPath proof = after.getBean(LedgerProofs.class).inclusion(1, 2);
            assertThat(MerkleProofs.verifyInclusion(1, 2, proof.leafHash(), proof.auditPath(), checkpoint.rootHash()))
                    .as("a proof served from H2 verifies").isTrue();
            assertThat(after.getBean(SelfAudit.class).run().passed()).as("the self-audit passes on H2").isTrue();
        }
    }

    private ConfigurableApplicationContext start() {
        return AccordContexts.start(Map.of("spring.datasource.url",
                "jdbc:h2:file:" + data.resolve("accord")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "accord.ledger.signing-key-file", data.resolve("ledger-signing-key.pem").toString()));
    }
}
