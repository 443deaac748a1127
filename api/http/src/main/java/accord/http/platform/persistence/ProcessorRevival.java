package accord.http.platform.persistence;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Restarts a streaming processor that stays in error although the database is back.
 *
 * <p>After a database outage Axon 4.13's pooled processor sometimes never runs its coordinator again:
 * it logs "releasing claims and scheduling a new coordination task", the release fails because the
 * database is away, and no task is ever scheduled (seen in {@code DatabaseOutageIT}: the processor
 * stays "running", in error, at the same position for good). Every {@value #CHECK_SECONDS} s this
 * looks at each streaming processor; when one has been in error for {@link #PATIENCE} while the
 * database has answered for as long, it is shut down and started again, and resumes from its token.
 * A coordinator that is merely backing off (up to a minute) may be restarted too, which costs nothing:
 * handlers are idempotent and the token is where it stopped.
 */
@Component
class ProcessorRevival implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessorRevival.class);
    private static final long CHECK_SECONDS = 2;
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Configuration axon;
    private final JdbcTemplate jdbc;
    private final Map<String, Long> inErrorSince = new ConcurrentHashMap<>();
    private volatile long answeringSince;
    private ScheduledExecutorService executor;

    ProcessorRevival(Configuration axon, JdbcTemplate jdbc) {
        this.axon = axon;
        this.jdbc = jdbc;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "processor-revival");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::check, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    private void check() {
        try {
            long now = System.nanoTime();
            boolean answering = databaseAnswers();
            if (!answering) {
                answeringSince = 0;
            } else if (answeringSince == 0) {
                answeringSince = now;
            }
            for (Map.Entry<String, EventProcessor> entry : axon.eventProcessingConfiguration().eventProcessors().entrySet()) {
                if (!(entry.getValue() instanceof StreamingEventProcessor processor) || !processor.isRunning()
                        || !inError(processor)) {
                    inErrorSince.remove(entry.getKey());
                    continue;
                }
                long since = inErrorSince.computeIfAbsent(entry.getKey(), name -> now);
                if (answeringSince != 0 && now - since >= PATIENCE.toNanos() && now - answeringSince >= PATIENCE.toNanos()) {
                    log.warn("Event processor {} has been in error for {} s although the database answers: restarting it; "
                            + "it resumes from its token", entry.getKey(), (now - since) / 1_000_000_000L);
                    processor.shutdownAsync().get(30, TimeUnit.SECONDS);
                    processor.start();
                    inErrorSince.remove(entry.getKey());
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (Exception failure) {
            log.debug("Could not check the event processors: {}", failure.toString());
        }
    }

    private static boolean inError(StreamingEventProcessor processor) {
        return processor.isError()
                || processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
    }

    private boolean databaseAnswers() {
        try {
            jdbc.queryForObject("select 1", Integer.class);
            return true;
        } catch (RuntimeException away) {
            return false;
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

    @Override
    public int getPhase() {
        // Stopped before Axon stops its processors.
        return Integer.MAX_VALUE - 100;
    }
}
