package accord.messages.events;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * The agreement's scope grew by these areas.
 *
 * @param agreementId the agreement this is about
 * @param areas the areas newly in scope
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record ScopeAreasAdded(
        String agreementId,
        List<String> areas,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementEvent {
}
