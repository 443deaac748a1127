package accord.messages.events;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * A signed agreement entered implementation: recorded together with its first implementation milestone (task force, site or capacity).
 *
 * @param agreementId the agreement this is about
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record ImplementationStarted(
        String agreementId,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementEvent {
}
