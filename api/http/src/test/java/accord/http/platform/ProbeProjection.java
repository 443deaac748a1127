package accord.http.platform;

import java.util.concurrent.CopyOnWriteArrayList;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * An event handler in a processing group that nothing configures, to show the defaults every
 * processor gets. Imported only by the tests that need it.
 */
@ProcessingGroup(ProbeProjection.GROUP)
public class ProbeProjection {

    static final String GROUP = "platform-probe";

    private final CopyOnWriteArrayList<ProbeRecorded> seen = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(ProbeRecorded recorded) {
        seen.add(recorded);
    }

    boolean hasSeen(ProbeRecorded recorded) {
        return seen.contains(recorded);
    }
}
