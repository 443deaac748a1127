package accord.messages.events;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Party;
import accord.messages.agreement.Signatory;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * A memorandum of understanding was signed. When it is an agreement's first event, it also creates the agreement.
 *
 * @param agreementId the agreement this is about
 * @param title the title; null when it was already known
 * @param parties parties that became known with the signing; may be empty
 * @param signatories who signed
 * @param place where, or null
 * @param objectives objectives that became known with the signing; may be empty
 * @param termYears the term in years, or null when not stated
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record MoUSigned(
        String agreementId,
        String title,
        List<Party> parties,
        List<Signatory> signatories,
        String place,
        List<String> objectives,
        Integer termYears,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementEvent {
}
