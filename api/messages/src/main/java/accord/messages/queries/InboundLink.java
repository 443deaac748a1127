package accord.messages.queries;

import accord.messages.agreement.LinkRelation;
import accord.messages.agreement.OccurredOn;

/**
 * A link recorded on another agreement that points to this one.
 *
 * @param agreementId the agreement the link was recorded on
 * @param relation how that agreement relates to this one, as recorded there
 * @param note why, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param version the version of the other agreement's event that recorded the link
 * @param position the ledger position of that event (gap-free, in commit order)
 */
public record InboundLink(
        String agreementId,
        LinkRelation relation,
        String note,
        OccurredOn occurredOn,
        long version,
        long position) {
}
