package accord.query.history;

import accord.messages.agreement.OccurredOn;
import java.time.Instant;

/**
 * One row of {@code agreement_history}: one event with how and when it was recorded.
 *
 * @param agreementId the agreement
 * @param version the event's sequence number in the agreement's stream
 * @param position its ledger position
 * @param type its simple type name
 * @param revision its type's revision, or null
 * @param occurredOn its world date, or null
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, or null
 * @param correlationId the correlation id, or null
 * @param causationId the causation id, or null
 * @param sources its sources as JSON
 * @param payload the event as JSON
 * @param corrects the version it corrects, or null
 */
record HistoryRow(
        String agreementId,
        long version,
        long position,
        String type,
        String revision,
        OccurredOn occurredOn,
        Instant recordedAt,
        String recordedBy,
        String correlationId,
        String causationId,
        String sources,
        String payload,
        Long corrects) {
}
