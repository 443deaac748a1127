package accord.http.ledger;

import accord.http.platform.monitoring.DatabaseReachability;
import accord.query.ledger.AuditReport;
import accord.query.ledger.Ledger;
import java.util.Optional;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code ledger} health contributor: DOWN when the last self-audit found the stored events
 * differ from what was signed. Details (shown to ADMIN) give the ledger's size, the latest
 * checkpoint and the last audit.
 */
@Component("ledger")
public class LedgerHealth extends AbstractHealthIndicator {

    private final LedgerAudits audits;
    private final Ledger ledger;
    private final DatabaseReachability database;

    LedgerHealth(LedgerAudits audits, Ledger ledger, DatabaseReachability database) {
        super("Could not read the ledger");
        this.audits = audits;
        this.ledger = ledger;
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        database.check(builder, this::checkLedger);
    }

    private void checkLedger(Health.Builder builder) {
        Optional<AuditReport> last = audits.last();
        (last.isPresent() && !last.get().passed() ? builder.down() : builder.up())
                .withDetail("leaves", ledger.size());
        ledger.latestCheckpoint().ifPresent(checkpoint -> builder.withDetail("checkpointTreeSize", checkpoint.treeSize()));
        last.ifPresent(report -> builder.withDetail("lastAudit", report));
    }
}
