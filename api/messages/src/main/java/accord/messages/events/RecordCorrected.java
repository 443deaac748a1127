package accord.messages.events;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;
import java.util.Map;

/**
 * An earlier event of the agreement was corrected. The earlier event stays in the record; readers apply the replacement in its place, or drop it when there is none.
 *
 * @param agreementId the agreement this is about
 * @param correctsVersion the version (sequence number) of the corrected event
 * @param correctedEventType the simple type name of the corrected event, for example SiteAnnounced
 * @param reason why the earlier record was wrong
 * @param replacement the corrected payload in the earlier event's JSON form, or null when it is withdrawn
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record RecordCorrected(
        String agreementId,
        long correctsVersion,
        String correctedEventType,
        String reason,
        Map<String, Object> replacement,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementEvent {
}
