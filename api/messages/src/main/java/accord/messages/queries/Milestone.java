package accord.messages.queries;

import accord.messages.agreement.OccurredOn;

/**
 * Any other milestone.
 *
 * @param label short name
 * @param description what happened
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param version the agreement version of the event this fact comes from
 * @param position the ledger position of that event (gap-free, in commit order)
 */
public record Milestone(
        String label,
        String description,
        OccurredOn occurredOn,
        long version,
        long position) {
}
