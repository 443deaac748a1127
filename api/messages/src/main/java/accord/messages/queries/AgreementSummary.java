package accord.messages.queries;

import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.AgreementStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a list of agreements shows of each one.
 *
 * @param agreementId the agreement's id
 * @param kind what kind of instrument, or null when not yet known
 * @param title its title, or null when not yet known
 * @param status its lifecycle status now, or null when not yet known
 * @param parties the codes of its parties, in the order they joined
 * @param scopeAreas the areas it covers
 * @param firstOccurredOn the earliest day any of its facts can have happened, or null when none is dated
 * @param lastOccurredOn the latest day any of its facts can have happened, or null when none is dated
 * @param version the agreement's version: the sequence number of its last event
 * @param lastRecordedAt when its last event was recorded
 */
public record AgreementSummary(
        String agreementId,
        AgreementKind kind,
        String title,
        AgreementStatus status,
        List<String> parties,
        List<String> scopeAreas,
        LocalDate firstOccurredOn,
        LocalDate lastOccurredOn,
        long version,
        Instant lastRecordedAt) {
}
