package accord.messages.queries;

import accord.messages.agreement.OccurredOn;
import java.math.BigDecimal;

/**
 * An announced capacity.
 *
 * @param amount how much
 * @param unit the unit
 * @param description what it measures, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param version the agreement version of the event this fact comes from
 * @param position the ledger position of that event (gap-free, in commit order)
 */
public record Capacity(
        BigDecimal amount,
        String unit,
        String description,
        OccurredOn occurredOn,
        long version,
        long position) {
}
