package accord.messages.commands;

import accord.messages.agreement.LinkRelation;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * Records that this agreement relates to another one.
 *
 * @param agreementId the agreement this is about
 * @param relatedAgreementId the id of the other agreement
 * @param relation how this agreement relates to the other
 * @param note why they are linked, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record LinkAgreements(
        String agreementId,
        String relatedAgreementId,
        LinkRelation relation,
        String note,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementCommand {
}
