package accord.messages.commands;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Signatory;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * Records the signing of an agreement that was proposed or scheduled.
 *
 * @param agreementId the agreement this is about
 * @param signatories who signed; each represents a party of the agreement
 * @param place where it was signed, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record SignAgreement(
        String agreementId,
        List<Signatory> signatories,
        String place,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementCommand {
}
