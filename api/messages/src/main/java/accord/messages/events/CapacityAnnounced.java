package accord.messages.events;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.math.BigDecimal;
import java.util.List;

/**
 * The capacity of the agreement's project was announced.
 *
 * @param agreementId the agreement this is about
 * @param amount how much
 * @param unit the unit
 * @param description what it measures, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record CapacityAnnounced(
        String agreementId,
        BigDecimal amount,
        String unit,
        String description,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementEvent {
}
