package accord.messages.commands;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * Records a commitment made under the agreement.
 *
 * @param agreementId the agreement this is about
 * @param party code of the committing party, or null for a joint commitment of all parties
 * @param description what is committed
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record RecordCommitment(
        String agreementId,
        String party,
        String description,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementCommand {
}
