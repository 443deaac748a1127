package accord.messages.commands;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Person;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * Records a public statement about the agreement.
 *
 * @param agreementId the agreement this is about
 * @param speaker who made the statement
 * @param party code of the party the speaker spoke for, or null when speaking for none
 * @param text what was said: a quotation or a faithful summary
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record RecordStatement(
        String agreementId,
        Person speaker,
        String party,
        String text,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementCommand {
}
