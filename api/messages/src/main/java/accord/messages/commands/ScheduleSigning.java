package accord.messages.commands;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Signatory;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * Records that a signing is scheduled: when, where and by whom. Scheduling again reschedules.
 *
 * @param agreementId the agreement this is about
 * @param scheduledFor the planned signing date
 * @param place where the signing is to take place, or null
 * @param signatories who is to sign; each represents a party of the agreement
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record ScheduleSigning(
        String agreementId,
        OccurredOn scheduledFor,
        String place,
        List<Signatory> signatories,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementCommand {
}
