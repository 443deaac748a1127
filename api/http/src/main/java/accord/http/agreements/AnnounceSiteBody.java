package accord.http.agreements;

import accord.http.agreements.validation.CountryCode;
import accord.http.agreements.validation.PlainText;
import accord.http.agreements.validation.WorldDate;
import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AgreementCommand;
import accord.messages.commands.AnnounceSite;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /agreements/{id}/announce-site}: records that the project's site was announced.
 *
 * @param name the site's name
 * @param location city, region or address
 * @param countryCode ISO 3166-1 alpha-2 code of the country, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record AnnounceSiteBody(
        @NotBlank @Size(max = 200) @PlainText String name,
        @NotBlank @Size(max = 500) @PlainText String location,
        @CountryCode String countryCode,
        @NotNull @WorldDate OccurredOn occurredOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SourceBody> sources) implements AgreementRequest {

    @Override
    public AgreementCommand toCommand(String agreementId) {
        return new AnnounceSite(agreementId, name, location, countryCode, occurredOn, Conversions.sources(sources));
    }
}
