package accord.messages.events;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * The agreement was superseded by another one.
 *
 * @param agreementId the agreement this is about
 * @param supersededBy the agreement that supersedes it
 * @param reason why
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record AgreementSuperseded(
        String agreementId,
        String supersededBy,
        String reason,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementEvent {
}
