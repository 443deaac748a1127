package accord.query.webhooks;

import accord.messages.ledger.LeafRecord;
import accord.query.feed.AgreementCloudEvents;
import accord.query.feed.AgreementFeed;
import accord.query.feed.FeedPage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers every active subscription's events, in ledger-position order, at least once.
 *
 * <p>One scheduler thread per node leases the subscriptions that are due (active, behind the
 * ledger, past their next attempt, leased by no other node) and hands each to a worker. A worker
 * reads the next events after the subscription's cursor through its filter and POSTs them one at a
 * time; after each success the cursor moves in the database, so a restart goes on from the first
 * event not acknowledged (which may be delivered twice, never skipped). The first failure ends the
 * turn: the failure is counted, the next attempt is put off by the backoff, and after
 * {@code maxFailures} in a row, or when the target answers 410 Gone, the subscription pauses with
 * the reason. Later events wait behind a failing one, so order holds.
 *
 * <p>The scheduler wakes when the ledger grows ({@link #wakeUp()}), when a worker finishes, when
 * the earliest retry is due, and at least every poll interval (for changes made on other nodes).
 */
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration SHORTEST_WAIT = Duration.ofMillis(10);

    private final Subscriptions subscriptions;
    private final AgreementFeed feed;
    private final AgreementCloudEvents cloudEvents;
    private final WebhookSender sender;
    private final TargetPolicy targets;
    private final DeliveryPolicy policy;
    private final Clock clock;
    private final RandomGenerator random;
    private final String node;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    private volatile boolean running;
    private volatile Thread scheduler;
    private ExecutorService workers;

    /**
     * @param random thread-safe: workers draw their backoff from it at the same time
     * @param node   this node's name, unique among the running nodes: it owns the leases it takes
     */
    public WebhookDispatcher(Subscriptions subscriptions, AgreementFeed feed, AgreementCloudEvents cloudEvents,
                             WebhookSender sender, TargetPolicy targets, DeliveryPolicy policy, Clock clock,
                             RandomGenerator random, String node) {
        this.subscriptions = subscriptions;
        this.feed = feed;
        this.cloudEvents = cloudEvents;
        this.sender = sender;
        this.targets = targets;
        this.policy = policy;
        this.clock = clock;
        this.random = random;
        this.node = node;
    }

    /** @return the name this node's leases carry */
    public String node() {
        return node;
    }

    /** Starts delivering. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        AtomicInteger count = new AtomicInteger();
        workers = Executors.newFixedThreadPool(policy.workers(), task -> {
            Thread thread = new Thread(task, "webhook-delivery-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Thread thread = new Thread(this::schedule, "webhook-dispatcher");
        thread.setDaemon(true);
        scheduler = thread;
        thread.start();
    }

    /** Looks for due subscriptions now; called when the ledger grows or a subscription changes. Never blocks. */
    public void wakeUp() {
        Thread thread = scheduler;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    /** @return whether it delivers */
    public boolean isRunning() {
        return running;
    }

    /**
     * Stops leasing, lets deliveries in flight finish for the shutdown grace, abandons the rest
     * (their events are delivered again later: at least once) and gives up this node's leases, so
     * another node, or this one restarted, goes on at once.
     */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        Thread thread = scheduler;
        LockSupport.unpark(thread);
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
            workers.shutdown();
            if (!workers.awaitTermination(policy.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
                workers.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        scheduler = null;
        try {
            int released = subscriptions.releaseAll(node);
            log.debug("Gave up {} webhook subscription leases", released);
        } catch (RuntimeException e) {
            log.warn("Could not give up the webhook subscription leases of {}; they end on their own: {}", node,
                    e.toString());
        }
    }

    private void schedule() {
        while (running) {
            Duration wait = policy.pollInterval();
            try {
                wait = round();
            } catch (RuntimeException e) {
                log.warn("Could not look for due webhook subscriptions; trying again in {}: {}", wait, e.toString());
            }
            if (running) {
                LockSupport.parkNanos(wait.toNanos());
            }
        }
    }

    /** Leases what is due and hands it to free workers. @return how long to wait before the next round */
    private Duration round() {
        long lastPosition = feed.head() - 1;
        Instant now = clock.instant();
        if (inFlight.size() < policy.workers()) {
            for (String id : subscriptions.due(now, lastPosition, policy.workers())) {
                if (!running || inFlight.size() >= policy.workers()) {
                    break;
                }
                if (!inFlight.contains(id)) {
                    subscriptions.lease(id, node, now, now.plus(policy.effectiveLease())).ifPresent(this::hand);
                }
            }
        }
        if (inFlight.size() >= policy.workers()) {
            return policy.pollInterval(); // a worker that finishes wakes the scheduler
        }
        Duration wait = subscriptions.nextAttempt(now, lastPosition)
                .map(next -> Duration.between(clock.instant(), next))
                .filter(untilNext -> untilNext.compareTo(policy.pollInterval()) < 0)
                .orElse(policy.pollInterval());
        return wait.compareTo(SHORTEST_WAIT) < 0 ? SHORTEST_WAIT : wait;
    }

    private void hand(LeasedSubscription leased) {
        String id = leased.subscription().id();
        inFlight.add(id);
        try {
            workers.execute(() -> turn(leased));
        } catch (RejectedExecutionException stopping) {
            inFlight.remove(id);
            subscriptions.release(id, node);
        }
    }

    private void turn(LeasedSubscription leased) {
        String id = leased.subscription().id();
        try {
            deliver(leased);
            subscriptions.prune(id, policy.logSize());
        } catch (InterruptedException stopping) {
            // Logged where it happened; the node is stopping.
        } catch (RuntimeException e) {
            Instant later = clock.instant().plus(policy.backoff().base());
            log.warn("Could not deliver webhook subscription {}; it is tried again at {}", id, later, e);
            try {
                subscriptions.postpone(id, node, later);
            } catch (RuntimeException alsoFailed) {
                log.debug("Could not put webhook subscription {} off either: {}", id, alsoFailed.toString());
            }
        } finally {
            try {
                subscriptions.release(id, node);
            } catch (RuntimeException e) {
                log.warn("Could not give up the lease of webhook subscription {}; it ends on its own: {}", id,
                        e.toString());
            }
            inFlight.remove(id);
            wakeUp();
        }
    }

    private void deliver(LeasedSubscription leased) throws InterruptedException {
        WebhookSubscription subscription = leased.subscription();
        FeedPage page = feed.read(subscription.cursor(), policy.batchSize(), subscription.filter());
        int failures = subscription.consecutiveFailures();
        long delivered = subscription.cursor();
        for (LeafRecord event : page.events()) {
            if (!running) {
                return;
            }
            Instant at = clock.instant();
            DeliveryOutcome outcome;
            try {
                outcome = attempt(subscription.url(), event, leased.secrets());
            } catch (InterruptedException stopping) {
                log.info("Stopped delivering webhook subscription {} in the middle of a request; the event at "
                        + "position {} is delivered again", subscription.id(), event.position());
                throw stopping;
            }
            Instant done = clock.instant();
            if (!outcome.delivered()) {
                fail(leased, event, failures + 1, at, outcome, done);
                return;
            }
            if (!subscriptions.delivered(leased, event, failures + 1, at, outcome,
                    done.plus(policy.effectiveLease()))) {
                return; // the subscription changed (replay, pause, deletion) or the lease was lost
            }
            failures = 0;
            delivered = event.position();
        }
        if (page.events().size() < policy.batchSize() && page.next() > delivered) {
            // The read covered the ledger up to page.next(); whatever it held past the last event is filtered out.
            subscriptions.skipTo(leased, page.next(), clock.instant().plus(policy.effectiveLease()));
        }
    }

    private DeliveryOutcome attempt(String url, LeafRecord event, List<WebhookSecret> secrets)
            throws InterruptedException {
        Optional<String> refusal = targets.refusal(url);
        if (refusal.isPresent()) {
            return DeliveryOutcome.failed("target not allowed: " + refusal.get(), Duration.ZERO);
        }
        return sender.send(url, event.eventId(), cloudEvents.structured(event), secrets);
    }

    private void fail(LeasedSubscription leased, LeafRecord event, int failures, Instant at, DeliveryOutcome outcome,
                      Instant done) {
        WebhookSubscription subscription = leased.subscription();
        String what = "the event at position " + event.position() + " (id " + event.eventId() + ")";
        String pause = null;
        if (outcome.gone()) {
            pause = "The target answered 410 Gone to " + what + ": it takes no more deliveries. "
                    + "Resume the subscription once it does.";
        } else if (failures >= policy.maxFailures()) {
            pause = failures + " consecutive failed attempts to deliver " + what + "; the last: " + outcome.error()
                    + ". Fix the target, then resume the subscription.";
        }
        Instant next = pause == null ? done.plus(policy.backoff().delay(failures, random)) : done;
        subscriptions.failed(leased, event, failures, at, outcome, next, pause);
        if (pause != null) {
            log.warn("Webhook subscription {} paused: {}", subscription.id(), pause);
        } else {
            log.info("Webhook subscription {}: attempt {} at {} failed ({}); next attempt at {}", subscription.id(),
                    failures, what, outcome.error(), next);
        }
    }
}
