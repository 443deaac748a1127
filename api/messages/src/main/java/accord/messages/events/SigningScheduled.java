package accord.messages.events;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Signatory;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * A signing was scheduled (or rescheduled).
 *
 * @param agreementId the agreement this is about
 * @param scheduledFor the planned signing date
 * @param place where, or null
 * @param signatories who is to sign
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record SigningScheduled(
        String agreementId,
        OccurredOn scheduledFor,
        String place,
        List<Signatory> signatories,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementEvent {
}
