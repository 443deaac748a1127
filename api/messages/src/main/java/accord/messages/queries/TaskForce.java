package accord.messages.queries;

import accord.messages.agreement.OccurredOn;
import java.util.List;

/**
 * A task force formed for an agreement.
 *
 * @param name its name
 * @param members party codes
 * @param mandate what it is to do
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param version the agreement version of the event this fact comes from
 * @param position the ledger position of that event (gap-free, in commit order)
 */
public record TaskForce(
        String name,
        List<String> members,
        String mandate,
        OccurredOn occurredOn,
        long version,
        long position) {
}
