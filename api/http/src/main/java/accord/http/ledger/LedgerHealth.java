package accord.http.ledger;

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

    LedgerHealth(LedgerAudits audits, Ledger ledger) {
        super("Could not read the ledger");
        this.audits = audits;
        this.ledger = ledger;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Optional<AuditReport> last = audits.last();
        (last.isPresent() && !last.get().passed() ? builder.down() : builder.up())
                .withDetail("leaves", ledger.size());
        ledger.latestCheckpoint().ifPresent(checkpoint -> builder.withDetail("checkpointTreeSize", checkpoint.treeSize()));
        last.ifPresent(report -> builder.withDetail("lastAudit", report));
    }
}
