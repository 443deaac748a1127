package accord.messages.events;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Signatory;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * An agreement that was proposed or scheduled was signed.
 *
 * @param agreementId the agreement this is about
 * @param signatories who signed
 * @param place where, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record AgreementSigned(
        String agreementId,
        List<Signatory> signatories,
        String place,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementEvent {
}
