package accord.messages.commands;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * Records that a task force was formed to implement a signed agreement.
 *
 * @param agreementId the agreement this is about
 * @param name the task force's name, unique within the agreement
 * @param members codes of the parties that take part; each is a party of the agreement
 * @param mandate what the task force is to do
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record FormTaskForce(
        String agreementId,
        String name,
        List<String> members,
        String mandate,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementCommand {
}
