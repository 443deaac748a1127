package accord.query.feed;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the feed's readers when the ledger grows, on one thread per service.
 *
 * <p>On PostgreSQL every append that moves {@code ledger_head} sends a {@code NOTIFY} on
 * {@value #CHANNEL} when it commits (Flyway V7), to every node, so readers hear of an event within
 * milliseconds wherever it was written. The tail also reads the size every poll interval, so a
 * lost connection or notification delays readers by one interval at most; on H2 polling is all.
 */
public class LedgerTail implements AutoCloseable {

    /** The PostgreSQL notification channel appends notify on. */
    public static final String CHANNEL = "accord_ledger";

    private static final Logger log = LoggerFactory.getLogger(LedgerTail.class);

    private final DataSource dataSource;
    private final boolean postgreSql;
    private final Duration pollInterval;
    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile long size = -1;
    private volatile boolean closed;
    /** When the database was lost (System.nanoTime()), or 0 while it is there; only the tail's thread uses it. */
    private long lostSince;

    /**
     * @param dataSource   the ledger's database
     * @param postgreSql   whether it is PostgreSQL (listen) or H2 (poll only)
     * @param pollInterval how often the size is read even without a notification
     */
    public LedgerTail(DataSource dataSource, boolean postgreSql, Duration pollInterval) {
        this.dataSource = dataSource;
        this.postgreSql = postgreSql;
        this.pollInterval = pollInterval;
        this.thread = new Thread(this::run, "accord-ledger-tail");
        this.thread.setDaemon(true);
    }

    /** Starts following the ledger. */
    public void start() {
        thread.start();
    }

    /** @return the ledger's size when last read, or -1 before the first read */
    public long size() {
        return size;
    }

    /**
     * @param listener called with the new size, on the tail's thread, whenever the ledger grows; must not block
     * @return what removes the listener
     */
    public Runnable onGrowth(LongConsumer listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (!closed) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                PGConnection notifications = listen(connection);
                readSize(connection);
                if (lostSince != 0) {
                    log.info("The ledger tail follows the ledger again after {} s without the database",
                            (System.nanoTime() - lostSince) / 1_000_000_000L);
                    lostSince = 0;
                }
                while (!closed) {
                    if (notifications == null) {
                        Thread.sleep(pollInterval.toMillis());
                        readSize(connection);
                        continue;
                    }
                    // Blocks until a notification arrives or the interval passes.
                    PGNotification[] heard = notifications.getNotifications((int) pollInterval.toMillis());
                    if (heard == null || heard.length == 0) {
                        readSize(connection);
                    } else {
                        // Each carries the size its append committed; the newest is enough, no query needed.
                        grew(largestSize(heard, connection));
                    }
                }
            } catch (InterruptedException e) {
                if (!closed) {
                    log.warn("The ledger tail was interrupted; it goes on");
                }
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    if (lostSince == 0) {
                        lostSince = System.nanoTime();
                        log.warn("The ledger tail lost the database ({}); it tries again every {} (logged once until "
                                + "it is back)", e.getMessage(), pollInterval.multipliedBy(10));
                    } else {
                        log.debug("The ledger tail still cannot reach the database: {}", e.getMessage());
                    }
                    pause(pollInterval.multipliedBy(10));
                }
            }
        }
    }

    private PGConnection listen(Connection connection) throws SQLException {
        if (!postgreSql) {
            return null;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + CHANNEL);
        }
        return connection.unwrap(PGConnection.class);
    }

    private void readSize(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select size from ledger_head where id = 1")) {
            if (rs.next()) {
                grew(rs.getLong(1));
            }
        }
    }

    private long largestSize(PGNotification[] heard, Connection connection) throws SQLException {
        long largest = -1;
        for (PGNotification notification : heard) {
            try {
                largest = Math.max(largest, Long.parseLong(notification.getParameter()));
            } catch (NumberFormatException notOurs) {
                // Not the size an append sends: read it instead.
                readSize(connection);
            }
        }
        return largest;
    }

    private void grew(long newSize) {
        if (newSize <= size) {
            return;
        }
        size = newSize;
        for (LongConsumer listener : listeners) {
            try {
                listener.accept(newSize);
            } catch (RuntimeException e) {
                log.error("A ledger tail listener failed", e);
            }
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
