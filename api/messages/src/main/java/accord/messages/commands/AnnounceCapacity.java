package accord.messages.commands;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.math.BigDecimal;
import java.util.List;

/**
 * Records that the capacity of a signed agreement's project was announced. Announcing it again needs an amendment first.
 *
 * @param agreementId the agreement this is about
 * @param amount how much, a positive number
 * @param unit the unit of the amount, for example MW, GW or USD
 * @param description what the capacity measures, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record AnnounceCapacity(
        String agreementId,
        BigDecimal amount,
        String unit,
        String description,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementCommand {
}
