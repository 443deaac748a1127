package accord.messages.events;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * The agreement expired.
 *
 * @param agreementId the agreement this is about
 * @param reason why, for example the end of its term
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record AgreementExpired(
        String agreementId,
        String reason,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementEvent {
}
