package accord.messages.queries;

import accord.messages.agreement.OccurredOn;

/**
 * An amendment.
 *
 * @param summary what it changes
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param version the agreement version of the event this fact comes from
 * @param position the ledger position of that event (gap-free, in commit order)
 */
public record Amendment(
        String summary,
        OccurredOn occurredOn,
        long version,
        long position) {
}
