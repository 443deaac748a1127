package accord.http.admin;

import accord.http.platform.monitoring.DatabaseReachability;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code readSide} health contributor: DOWN while a processor holds dead letters (one of its read
 * models is wrong), is in error or stopped, or has stalled with events waiting for it
 * ({@code accord.health.stall-after}). A processor that lags but moves is UP: it is catching up.
 * Details per processor, and the reasons, are shown to ADMIN only.
 */
@Component("readSide")
public class ReadSideHealth extends AbstractHealthIndicator {

    private final EventProcessors processors;
    private final DatabaseReachability database;

    ReadSideHealth(EventProcessors processors, DatabaseReachability database) {
        super("Could not read the status of the event processors");
        this.processors = processors;
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        database.check(builder, this::checkProcessors);
    }

    private void checkProcessors(Health.Builder builder) {
        List<String> reasons = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        for (ProcessorStatus processor : processors.all()) {
            reasonsFor(processor, reasons);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("running", processor.running());
            detail.put("position", processor.position());
            detail.put("head", processor.head());
            detail.put("lag", processor.lag());
            detail.put("replaying", processor.replaying());
            detail.put("waitingSince", processor.waitingSince());
            detail.put("stalled", processor.stalled());
            detail.put("deadLetters", processor.deadLetters() == null ? null : processor.deadLetters().letters());
            details.put(processor.name(), detail);
        }
        (reasons.isEmpty() ? builder.up() : builder.down())
                .withDetail("reasons", reasons)
                .withDetail("processors", details);
    }

    private static void reasonsFor(ProcessorStatus processor, List<String> reasons) {
        String name = processor.name();
        if (processor.deadLetters() != null && processor.deadLetters().letters() > 0) {
            reasons.add(name + " holds " + processor.deadLetters().letters() + " dead letter(s) in "
                    + processor.deadLetters().sequences() + " sequence(s)");
        }
        if (!processor.running()) {
            reasons.add(name + " is not running");
        }
        if (processor.error()) {
            reasons.add(name + " is in error: " + processor.errorMessage());
        }
        if (processor.stalled()) {
            reasons.add(name + " has made no progress since " + processor.waitingSince() + " with "
                    + processor.lag() + " event(s) waiting at position " + processor.position());
        }
    }
}
