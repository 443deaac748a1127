package accord.http.webhooks;

import accord.query.feed.LedgerTail;
import accord.query.webhooks.WebhookDispatcher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the webhook dispatcher with the service (unless {@code accord.webhooks.dispatch} is false),
 * wakes it whenever the ledger grows, and stops it before the database goes away: deliveries in
 * flight get the shutdown grace, and the node's leases are given up so others go on at once.
 */
@Component
public class WebhookDelivery implements SmartLifecycle {

    private final WebhookDispatcher dispatcher;
    private final LedgerTail tail;
    private final WebhookSettings settings;
    private Runnable stopListening;

    WebhookDelivery(WebhookDispatcher dispatcher, LedgerTail tail, WebhookSettings settings) {
        this.dispatcher = dispatcher;
        this.tail = tail;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (!settings.dispatch() || dispatcher.isRunning()) {
            return;
        }
        dispatcher.start();
        stopListening = tail.onGrowth(size -> dispatcher.wakeUp());
    }

    @Override
    public synchronized void stop() {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
        dispatcher.stop();
    }

    @Override
    public synchronized boolean isRunning() {
        return dispatcher.isRunning();
    }
}
