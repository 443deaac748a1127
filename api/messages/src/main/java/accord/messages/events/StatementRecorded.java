package accord.messages.events;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Person;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * A public statement about the agreement was recorded.
 *
 * @param agreementId the agreement this is about
 * @param speaker who spoke
 * @param party code of the party spoken for, or null
 * @param text what was said
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record StatementRecorded(
        String agreementId,
        Person speaker,
        String party,
        String text,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementEvent {
}
