package accord.http.problems;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means "the database cannot be reached" wherever it was wrapped (by
 * Spring, HikariCP, Axon's {@code CommandExecutionException}, {@code EventStoreException} or
 * {@code AggregateRolledBackException}) and turns it into a 503 {@link RequestProblem#DATABASE_UNAVAILABLE}
 * with {@code Retry-After}.
 *
 * <p>On a command the problem says what became of it, in {@code outcome}:
 * <ul>
 *   <li>{@code NOT_RECORDED}: no connection could be had (the pool timed out, or connecting was
 *       refused), so no transaction began and nothing was written. Retrying is safe.</li>
 *   <li>{@code UNKNOWN}: a connection broke while the command was running. Almost always its
 *       transaction was rolled back, but when the connection broke during {@code COMMIT} the
 *       database may have committed it without the service hearing back. The retry must be made
 *       safe: the same {@code Idempotency-Key} answers the original answer if it was stored, and
 *       {@code If-Match} with the version the command was based on turns a repeat into 412.</li>
 * </ul>
 * The classification errs towards {@code UNKNOWN}: only failures to get a connection count as
 * {@code NOT_RECORDED}.
 */
public final class DatabaseFailures {

    /** Members of the problem on a command: what became of it. */
    public enum Outcome {
        /** Nothing was written: no connection was had. */
        NOT_RECORDED,
        /** A connection broke while the command ran: it may have been recorded. */
        UNKNOWN
    }

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFailures.class);
    /** How often at most the outage is logged at WARN while it lasts. */
    private static final long WARN_EVERY_NANOS = Duration.ofSeconds(30).toNanos();
    private static final Set<String> CANNOT_CONNECT = Set.of(
            "08001", // sqlclient_unable_to_establish_sqlconnection: connection refused, unknown host
            "08004", // sqlserver_rejected_establishment_of_sqlconnection
            "57P03"); // cannot_connect_now: the server is starting up or shutting down
    private static final Set<String> SERVER_GOING_AWAY = Set.of(
            "57P01", // admin_shutdown
            "57P02"); // crash_shutdown

    private static final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);
    private static final AtomicInteger answeredSinceWarning = new AtomicInteger();

    private DatabaseFailures() {
    }

    /**
     * @param failure anything thrown while answering a request
     * @return whether the failure, or anything in its causes, says the database cannot be reached
     */
    public static boolean isUnavailable(Throwable failure) {
        return outcomeOf(failure).isPresent();
    }

    /**
     * @param failure anything thrown while answering a request
     * @return what became of the work, or empty when the failure is not the database being unreachable
     */
    static Optional<Outcome> outcomeOf(Throwable failure) {
        boolean unavailable = false;
        boolean noConnection = false;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof SQLTransientConnectionException) {
                unavailable = true;
                noConnection = true;
            } else if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException) {
                unavailable = true;
            }
            if (cause instanceof SQLException closed && closed.getSQLState() == null && fromAClosedPooledConnection(cause)) {
                // HikariCP closes a connection's proxy after a fatal error on it (SQLState 08...): every later
                // statement of the same transaction on it fails with "Connection is closed", without a state.
                unavailable = true;
            }
            if (cause instanceof AssertionError && fromTheDriver(cause)) {
                // With assertions on, the PostgreSQL driver fails a batch on a broken connection this way.
                unavailable = true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (CANNOT_CONNECT.contains(state)) {
                    unavailable = true;
                    noConnection = true;
                } else if (state.startsWith("08") || SERVER_GOING_AWAY.contains(state)) {
                    unavailable = true;
                }
            }
        }
        if (!unavailable) {
            return Optional.empty();
        }
        return Optional.of(noConnection ? Outcome.NOT_RECORDED : Outcome.UNKNOWN);
    }

    /**
     * The refusal to answer for a failure {@link #isUnavailable} recognised, logged at WARN at most
     * every 30 seconds while the outage lasts (with how many requests were answered so since).
     *
     * @param failure    the failure
     * @param method     the request's method: a command (anything but GET, HEAD, OPTIONS) is told its outcome
     * @param retryAfter the Retry-After to send
     * @return the 503 to answer
     */
    static Refused refusalFor(Throwable failure, String method, Duration retryAfter) {
        Outcome outcome = outcomeOf(failure).orElse(Outcome.UNKNOWN);
        log(failure);
        String wait = "Try again after " + Math.max(1, retryAfter.toSeconds()) + " s (Retry-After). ";
        boolean safe = HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method)
                || HttpMethod.OPTIONS.matches(method);
        if (safe) {
            return new Unavailable("The service cannot reach its database. " + wait
                    + "Nothing was changed.", Map.of(), retryAfter);
        }
        String detail = outcome == Outcome.NOT_RECORDED
                ? "The service cannot reach its database; nothing was recorded. " + wait
                        + "Retrying the same request is safe."
                : "The connection to the database broke while the request ran; it may or may not have been "
                        + "recorded (outcome UNKNOWN). " + wait + "Retry with the same Idempotency-Key, which gives "
                        + "the original answer if it was recorded, and with If-Match on the version you based it on, "
                        + "which refuses a repeat with 412; or read the agreement before retrying.";
        return new Unavailable(detail, Map.of("outcome", outcome.name()), retryAfter);
    }

    private static boolean fromAClosedPooledConnection(Throwable failure) {
        StackTraceElement[] where = failure.getStackTrace();
        return where.length > 0 && where[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection");
    }

    private static boolean fromTheDriver(Throwable failure) {
        StackTraceElement[] where = failure.getStackTrace();
        return where.length > 0 && where[0].getClassName().startsWith("org.postgresql.");
    }

    private static void log(Throwable failure) {
        int answered = answeredSinceWarning.incrementAndGet();
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            answeredSinceWarning.set(0);
            LOG.warn("The database is unavailable: requests are answered 503 DATABASE_UNAVAILABLE ({} since the last "
                    + "such warning); this is logged at most every 30 s while it lasts. Cause: {}", answered,
                    rootOf(failure));
        } else {
            LOG.debug("Answered 503 DATABASE_UNAVAILABLE: {}", rootOf(failure));
        }
    }

    private static String rootOf(Throwable failure) {
        Throwable root = failure;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        while (root.getCause() != null && seen.put(root, Boolean.TRUE) == null) {
            root = root.getCause();
        }
        return root.toString();
    }

    /** The 503 answered when the database cannot be reached. */
    static final class Unavailable extends Refused {

        Unavailable(String detail, Map<String, ?> members, Duration retryAfter) {
            super(RequestProblem.DATABASE_UNAVAILABLE, detail, members, retryAfter);
        }
    }
}
