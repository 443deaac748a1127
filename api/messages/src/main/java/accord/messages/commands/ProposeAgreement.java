package accord.messages.commands;

import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Party;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * Records that an agreement is proposed or known to be under negotiation; creates the agreement in status PROPOSED.
 *
 * @param agreementId the agreement this is about
 * @param kind what kind of instrument it is
 * @param title the agreement's title
 * @param parties the parties, at least one
 * @param objectives what the agreement sets out to do; may be empty
 * @param termYears the term in years, or null when not known
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record ProposeAgreement(
        String agreementId,
        AgreementKind kind,
        String title,
        List<Party> parties,
        List<String> objectives,
        Integer termYears,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementCommand {
}
