package accord.messages.commands;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * Records any other milestone in the agreement's life.
 *
 * @param agreementId the agreement this is about
 * @param label a short name for the milestone
 * @param description what happened
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record RecordMilestone(
        String agreementId,
        String label,
        String description,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementCommand {
}
