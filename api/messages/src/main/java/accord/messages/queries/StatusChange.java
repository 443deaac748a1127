package accord.messages.queries;

import accord.messages.agreement.AgreementStatus;
import accord.messages.agreement.OccurredOn;

/**
 * A change of lifecycle status.
 *
 * @param status the status entered
 * @param reason why, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param version the agreement version of the event this fact comes from
 * @param position the ledger position of that event (gap-free, in commit order)
 */
public record StatusChange(
        AgreementStatus status,
        String reason,
        OccurredOn occurredOn,
        long version,
        long position) {
}
