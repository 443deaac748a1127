package accord.messages.queries;

import accord.messages.agreement.OccurredOn;
import java.time.Instant;
import java.util.List;

/**
 * Asks for one page of an agreement's history, in version order. Answered with an
 * {@link AgreementHistory}, or none when the read side knows no event of the agreement.
 *
 * @param agreementId the agreement's id
 * @param types only events of these simple type names; every type when empty
 * @param recordedFrom only events recorded at or after this instant, or null
 * @param recordedTo only events recorded at or before this instant, or null
 * @param occurredFrom only events whose world date may lie on or after this date, or null
 * @param occurredTo only events whose world date may lie on or before this date, or null
 * @param afterVersion only events after this version (the cursor), or null from the first
 * @param limit at most this many entries
 */
public record FindAgreementHistory(
        String agreementId,
        List<String> types,
        Instant recordedFrom,
        Instant recordedTo,
        OccurredOn occurredFrom,
        OccurredOn occurredTo,
        Long afterVersion,
        int limit) {
}
