package accord.http.ledger;

import accord.query.ledger.AuditReport;
import accord.query.ledger.SelfAudit;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the self-audit, one at a time, and keeps its last report for health, metrics and ADMIN.
 * A mismatch is logged at ERROR with what was found, turns the {@code ledger} health DOWN and
 * shows in the gauge {@code accord.ledger.audit.mismatches}.
 */
@Component
public class LedgerAudits {

    private static final Logger log = LoggerFactory.getLogger(LedgerAudits.class);

    private final SelfAudit audit;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicReference<AuditReport> last = new AtomicReference<>();

    LedgerAudits(SelfAudit audit, MeterRegistry meters) {
        this.audit = audit;
        Gauge.builder("accord.ledger.audit.mismatches", last, report -> report.get() == null ? 0 : report.get().mismatchCount())
                .description("Mismatches the last ledger self-audit found between the stored events and what was signed")
                .register(meters);
        Gauge.builder("accord.ledger.audit.leaves", last, report -> report.get() == null ? 0 : report.get().leavesChecked())
                .description("Leaves the last ledger self-audit recomputed")
                .register(meters);
    }

    /**
     * @return the report, or empty when an audit is already running
     */
    public Optional<AuditReport> run() {
        if (!running.tryLock()) {
            return Optional.empty();
        }
        try {
            AuditReport report = audit.run();
            last.set(report);
            if (report.passed()) {
                log.info("Ledger self-audit passed: {} leaves, {} checkpoints", report.leavesChecked(),
                        report.checkpointsChecked());
            } else {
                log.error("Ledger self-audit FAILED: {} mismatch(es) in {} leaves and {} checkpoints: {}",
                        report.mismatchCount(), report.leavesChecked(), report.checkpointsChecked(),
                        report.mismatches());
            }
            return Optional.of(report);
        } finally {
            running.unlock();
        }
    }

    /** @return the last report, or empty before the first audit */
    public Optional<AuditReport> last() {
        return Optional.ofNullable(last.get());
    }
}
