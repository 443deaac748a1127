package accord.messages.commands;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;
import java.util.Map;

/**
 * Corrects an earlier event of the agreement. Nothing is edited in place: the correction is a new event that names the earlier one and says why.
 *
 * @param agreementId the agreement this is about
 * @param correctsVersion the version (sequence number) of the event being corrected
 * @param reason why the earlier record was wrong
 * @param replacement the corrected payload of the earlier event, in that event's JSON form, or null when the earlier record is withdrawn as a whole
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record CorrectRecord(
        String agreementId,
        long correctsVersion,
        String reason,
        Map<String, Object> replacement,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementCommand {
}
