package accord.http.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per processor, since when it has been seen lagging at one position. A processor is
 * stalled when two looks at least {@code stallAfter} apart found it at the same position with events
 * waiting. Looks happen whenever the status is asked for (health checks, the admin endpoints), so a
 * stall shows from the second look after it began.
 */
class ProgressWatch {

    private record Seen(Long position, Instant waitingSince) {
    }

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final Duration stallAfter;

    ProgressWatch(Duration stallAfter) {
        this.stallAfter = stallAfter;
    }

    /**
     * @return since when the processor has been waiting at this position, or null when it is caught up
     *         or its position is unknown
     */
    Instant look(String processor, Long position, Long lag, Instant now) {
        if (position == null || lag == null || lag <= 0) {
            seen.remove(processor);
            return null;
        }
        Seen next = seen.compute(processor, (name, before) ->
                before != null && before.waitingSince() != null && position.equals(before.position())
                        ? before : new Seen(position, now));
        return next.waitingSince();
    }

    boolean stalled(Instant waitingSince, Instant now) {
        return waitingSince != null && Duration.between(waitingSince, now).compareTo(stallAfter) >= 0;
    }
}
