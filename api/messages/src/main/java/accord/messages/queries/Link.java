package accord.messages.queries;

import accord.messages.agreement.LinkRelation;
import accord.messages.agreement.OccurredOn;

/**
 * A link from this agreement to another.
 *
 * @param relatedAgreementId the other agreement
 * @param relation how this agreement relates to the other
 * @param note why, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param version the agreement version of the event this fact comes from
 * @param position the ledger position of that event (gap-free, in commit order)
 */
public record Link(
        String relatedAgreementId,
        LinkRelation relation,
        String note,
        OccurredOn occurredOn,
        long version,
        long position) {
}
