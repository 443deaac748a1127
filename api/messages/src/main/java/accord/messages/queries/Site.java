package accord.messages.queries;

import accord.messages.agreement.OccurredOn;

/**
 * An announced site.
 *
 * @param name the site's name
 * @param location where
 * @param countryCode country, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param version the agreement version of the event this fact comes from
 * @param position the ledger position of that event (gap-free, in commit order)
 */
public record Site(
        String name,
        String location,
        String countryCode,
        OccurredOn occurredOn,
        long version,
        long position) {
}
