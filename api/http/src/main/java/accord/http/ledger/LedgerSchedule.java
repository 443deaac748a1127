package accord.http.ledger;

import accord.command.ledger.CheckpointSigner;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Signs a checkpoint every {@code accord.ledger.checkpoint-interval} when the tree has grown (the
 * first at start), and runs the self-audit every {@code accord.ledger.audit-interval}. A failed
 * round (the database away, say) is logged and the next one tries again.
 */
@Component
public class LedgerSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LedgerSchedule.class);

    private final CheckpointSigner signer;
    private final LedgerAudits audits;
    private final LedgerSettings settings;
    private ScheduledExecutorService executor;
    /** When signing began to fail (System.nanoTime()), or 0 while it succeeds; only the signing thread uses it. */
    private long failingSince;

    LedgerSchedule(CheckpointSigner signer, LedgerAudits audits, LedgerSettings settings) {
        this.signer = signer;
        this.audits = audits;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "ledger-schedule");
            thread.setDaemon(true);
            return thread;
        });
        long checkpointMillis = settings.checkpointInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sign, 0, checkpointMillis, TimeUnit.MILLISECONDS);
        long auditMillis = settings.auditInterval().toMillis();
        executor.scheduleWithFixedDelay(this::audit, auditMillis, auditMillis, TimeUnit.MILLISECONDS);
    }

    private void sign() {
        try {
            signer.signIfGrown().ifPresent(size -> log.debug("Signed the ledger checkpoint of {} leaves", size));
            if (failingSince != 0) {
                log.info("Signing ledger checkpoints again after {} s of failures",
                        (System.nanoTime() - failingSince) / 1_000_000_000L);
                failingSince = 0;
            }
        } catch (RuntimeException failure) {
            if (failingSince == 0) {
                failingSince = System.nanoTime();
                log.warn("Could not sign a ledger checkpoint; trying again every {} (logged once until it succeeds): {}",
                        settings.checkpointInterval(), failure.toString());
            } else {
                log.debug("Could not sign a ledger checkpoint again: {}", failure.toString());
            }
        }
    }

    private void audit() {
        try {
            audits.run();
        } catch (RuntimeException failure) {
            log.warn("Could not run the ledger self-audit; trying again in {}: {}", settings.auditInterval(),
                    failure.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
