package accord.messages.queries;

import accord.messages.agreement.OccurredOn;
import java.time.Instant;

/**
 * Asks for an agreement as it stood at an earlier point; exactly one of the three points is
 * given. Answered with an {@link AgreementState}, or none when the agreement had no state then.
 *
 * @param agreementId the agreement's id
 * @param version the state after the event with this version, corrections recorded up to it applied
 * @param recordedAt the state as it was recorded at this instant: what was believed then
 * @param occurredOn the state made of the events whose world date is not certainly after this
 *     date, in version order, with every correction recorded up to now applied
 */
public record FindAgreementAsOf(
        String agreementId,
        Long version,
        Instant recordedAt,
        OccurredOn occurredOn) {
}
