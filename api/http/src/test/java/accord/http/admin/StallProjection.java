package accord.http.admin;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import accord.messages.events.AgreementEvent;

/**
 * A projection that, while held, blocks on the events of the agreement it holds: its processor stops at that
 * event with the later ones waiting. It never blocks longer than a minute, so a forgotten release
 * cannot hang the test run.
 */
@ProcessingGroup(StallProjection.GROUP)
public class StallProjection {

    public static final String GROUP = "stall-test";

    private final Semaphore gate = new Semaphore(0);
    private volatile String held;

    @EventHandler
    void on(AgreementEvent event) throws InterruptedException {
        if (event.agreementId().equals(held)) {
            gate.tryAcquire(1, TimeUnit.MINUTES);
        }
    }

    public void hold(String agreementId) {
        gate.drainPermits();
        held = agreementId;
    }

    public void release() {
        held = null;
        gate.release(Integer.MAX_VALUE / 2);
    }
}
