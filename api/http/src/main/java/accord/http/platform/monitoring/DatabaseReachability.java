package accord.http.platform.monitoring;

import accord.http.problems.DatabaseFailures;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * What the health checks last learnt about reaching the database, so that one probe waits for it
 * once, not once per check. While PostgreSQL is away every check that needs it waits HikariCP's
 * {@code connection-timeout} (3 s) for a connection; the four of them ({@code db}, {@code ledger},
 * {@code readSide}, {@code deadLetters}) made a probe take 9 to 13 s, longer than most probes wait.
 * After a check finds the database unreachable, the others report DOWN at once, without trying,
 * for {@link #RECHECK_AFTER}; then the next check tries again. So health reports an outage within
 * one connection-timeout, and a return at most {@link #RECHECK_AFTER} late.
 */
@Component
public class DatabaseReachability {

    /** How long after a check found the database unreachable the others do not try. */
    public static final Duration RECHECK_AFTER = Duration.ofSeconds(5);

    private static final long REACHABLE = Long.MIN_VALUE;

    private final LongSupplier nanoTime;
    private final long recheckAfterNanos;
    private final AtomicLong unreachableAt = new AtomicLong(REACHABLE);

    public DatabaseReachability() {
        this(System::nanoTime, RECHECK_AFTER);
    }

    DatabaseReachability(LongSupplier nanoTime, Duration recheckAfter) {
        this.nanoTime = nanoTime;
        this.recheckAfterNanos = recheckAfter.toNanos();
    }

    /** A health check that reads the database. */
    @FunctionalInterface
    public interface DatabaseCheck {
        void check(Health.Builder builder) throws Exception;
    }

    /**
     * Runs the check unless the database was found unreachable less than {@link #RECHECK_AFTER}
     * ago, in which case the builder is DOWN with a {@code database} detail saying so. A check that
     * fails because the database cannot be reached ({@link DatabaseFailures#isUnavailable}) records
     * that, then fails as it would have; one that succeeds records the database as reachable.
     */
    public void check(Health.Builder builder, DatabaseCheck check) throws Exception {
        long since = unreachableAt.get();
        if (since != REACHABLE) {
            long ago = nanoTime.getAsLong() - since;
            if (ago < recheckAfterNanos) {
                builder.down().withDetail("database", "unreachable " + Duration.ofNanos(ago).toMillis()
                        + " ms ago; not tried again for " + RECHECK_AFTER.toSeconds() + " s");
                return;
            }
        }
        try {
            check.check(builder);
        } catch (Exception failure) {
            if (DatabaseFailures.isUnavailable(failure)) {
                unreachableAt.set(nanoTime.getAsLong());
            }
            throw failure;
        }
        unreachableAt.set(REACHABLE);
    }
}
