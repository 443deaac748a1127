package accord.messages.commands;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Party;
import accord.messages.agreement.Signatory;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * Records the signing of a memorandum of understanding. Creates the agreement as a signed MoU when it does not exist yet.
 *
 * @param agreementId the agreement this is about
 * @param title the MoU's title; required when the agreement does not exist yet
 * @param parties the parties; required when the agreement does not exist yet, otherwise added to the known parties
 * @param signatories who signed; each represents a party of the agreement
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param place where it was signed, or null
 * @param objectives what the MoU sets out to do; may be empty
 * @param termYears the term in years, or null when not known
 * @param sources where the fact comes from; at least one
 */
public record SignMoU(
        String agreementId,
        String title,
        List<Party> parties,
        List<Signatory> signatories,
        OccurredOn occurredOn,
        String place,
        List<String> objectives,
        Integer termYears,
        List<Source> sources) implements AgreementCommand {
}
