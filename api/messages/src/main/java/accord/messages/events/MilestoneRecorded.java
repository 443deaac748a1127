package accord.messages.events;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * Some other milestone in the agreement's life was recorded.
 *
 * @param agreementId the agreement this is about
 * @param label its short name
 * @param description what happened
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record MilestoneRecorded(
        String agreementId,
        String label,
        String description,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementEvent {
}
