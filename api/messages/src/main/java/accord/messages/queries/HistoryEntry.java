package accord.messages.queries;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One event of an agreement, as the ledger recorded it.
 *
 * @param position the event's ledger position (gap-free, in commit order)
 * @param version the event's version: its sequence number in the agreement's stream
 * @param type the event's simple type name, for example SiteAnnounced
 * @param revision the event type's revision, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 * @param sources where the fact comes from
 * @param correlationId the id shared by everything the recording request caused
 * @param causationId the id of the command that caused it
 * @param payload the event itself, in its JSON form
 * @param corrects the version of the event this one corrects, or null
 * @param correctedBy the versions of the events that correct this one, oldest first
 */
public record HistoryEntry(
        long position,
        long version,
        String type,
        String revision,
        OccurredOn occurredOn,
        Instant recordedAt,
        String recordedBy,
        List<Source> sources,
        String correlationId,
        String causationId,
        Map<String, Object> payload,
        Long corrects,
        List<Long> correctedBy) {
}
