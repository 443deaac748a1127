package accord.http.platform.persistence;

import accord.query.feed.LedgerTail;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Wakes this node's streaming processors whenever the ledger grows, on any node: the
 * {@link LedgerTail} hears PostgreSQL's {@code NOTIFY} at every commit, so a projection on one node
 * sees an event written on another within milliseconds instead of after the event store's next poll.
 */
@Component
class ProcessorWakeUp implements DisposableBean {

    private final Runnable stop;

    ProcessorWakeUp(LedgerTail tail, WakeableEventStore eventStore) {
        this.stop = tail.onGrowth(size -> eventStore.eventsAppended());
    }

    @Override
    public void destroy() {
        stop.run();
    }
}
