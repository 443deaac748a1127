package accord.http.idempotency;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Deletes expired keys every {@code accord.idempotency.purge-interval}. Every node purges; the delete is
 * idempotent. An expired key that is not purged yet is already treated as free when claimed.
 */
class IdempotencyPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotencyStore store;
    private final IdempotencySettings settings;
    private ScheduledExecutorService executor;

    IdempotencyPurge(IdempotencyStore store, IdempotencySettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "idempotency-purge");
            thread.setDaemon(true);
            return thread;
        });
        long millis = settings.purgeInterval().toMillis();
        executor.scheduleWithFixedDelay(this::purge, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void purge() {
        try {
            int purged = store.purgeExpired();
            log.debug("Purged {} expired idempotency keys", purged);
        } catch (RuntimeException failure) {
            log.warn("Could not purge expired idempotency keys; trying again in {}: {}", settings.purgeInterval(),
                    failure.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
