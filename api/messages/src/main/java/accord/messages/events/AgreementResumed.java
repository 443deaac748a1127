package accord.messages.events;

import accord.messages.agreement.AgreementStatus;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * A suspended agreement was resumed and returned to the status it had before.
 *
 * @param agreementId the agreement this is about
 * @param reason why
 * @param resumedStatus the status it returned to
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record AgreementResumed(
        String agreementId,
        String reason,
        AgreementStatus resumedStatus,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementEvent {
}
