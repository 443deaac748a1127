package accord.messages.queries;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Person;

/**
 * A public statement about an agreement.
 *
 * @param speaker who spoke
 * @param party party spoken for, or null
 * @param text what was said
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param version the agreement version of the event this fact comes from
 * @param position the ledger position of that event (gap-free, in commit order)
 */
public record Statement(
        Person speaker,
        String party,
        String text,
        OccurredOn occurredOn,
        long version,
        long position) {
}
