package accord.messages.commands;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * Records that the site of a signed agreement's project was announced. A second site needs an amendment first.
 *
 * @param agreementId the agreement this is about
 * @param name the site's name
 * @param location where it is: city, region or address
 * @param countryCode ISO 3166-1 alpha-2 code of the country, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record AnnounceSite(
        String agreementId,
        String name,
        String location,
        String countryCode,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementCommand {
}
