package accord.messages.commands;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * Records an amendment to a signed agreement.
 *
 * @param agreementId the agreement this is about
 * @param summary what the amendment changes
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record AmendAgreement(
        String agreementId,
        String summary,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementCommand {
}
