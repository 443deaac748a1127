package accord.messages.events;

import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Party;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * An agreement was proposed or became known while under negotiation. The first event of an agreement that was not created by a signing.
 *
 * @param agreementId the agreement this is about
 * @param kind what kind of instrument it is
 * @param title the title
 * @param parties the parties
 * @param objectives what it sets out to do
 * @param termYears the term in years, or null when not known
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record AgreementProposed(
        String agreementId,
        AgreementKind kind,
        String title,
        List<Party> parties,
        List<String> objectives,
        Integer termYears,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementEvent {
}
