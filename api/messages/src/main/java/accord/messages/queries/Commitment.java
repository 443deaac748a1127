package accord.messages.queries;

import accord.messages.agreement.OccurredOn;

/**
 * A commitment recorded under an agreement.
 *
 * @param party committing party code, or null for all parties
 * @param description what is committed
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param version the agreement version of the event this fact comes from
 * @param position the ledger position of that event (gap-free, in commit order)
 */
public record Commitment(
        String party,
        String description,
        OccurredOn occurredOn,
        long version,
        long position) {
}
