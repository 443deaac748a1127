package accord.messages.commands;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * Records that the agreement covers further areas (for example AI, quantum computing, 6G).
 *
 * @param agreementId the agreement this is about
 * @param areas the areas; those already in scope are ignored, at least one must be new
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record AddScopeAreas(
        String agreementId,
        List<String> areas,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementCommand {
}
