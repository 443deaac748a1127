package accord.messages.events;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * A task force was formed.
 *
 * @param agreementId the agreement this is about
 * @param name its name
 * @param members codes of the parties taking part
 * @param mandate what it is to do
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record TaskForceFormed(
        String agreementId,
        String name,
        List<String> members,
        String mandate,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementEvent {
}
