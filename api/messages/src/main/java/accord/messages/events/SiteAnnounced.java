package accord.messages.events;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * The site of the agreement's project was announced.
 *
 * @param agreementId the agreement this is about
 * @param name the site's name
 * @param location where it is
 * @param countryCode ISO 3166-1 alpha-2 country code, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record SiteAnnounced(
        String agreementId,
        String name,
        String location,
        String countryCode,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementEvent {
}
