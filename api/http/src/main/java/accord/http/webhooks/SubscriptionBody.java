package accord.http.webhooks;

import accord.http.agreements.validation.Slug;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new webhook subscription.
 *
 * @param url          where events are POSTed: an absolute http or https URL on a public address
 * @param agreementIds only events of these agreements; all when absent or empty
 * @param types        only events of these types, as CloudEvents type names
 *                     ({@code example.accord.agreement.MoUSigned.v1}) or bare event names ({@code MoUSigned});
 *                     all when absent or empty
 * @param after        the ledger position to deliver after: -1 for every event ever recorded; by
 *                     default the ledger's last position, so only events recorded from now on
 */
public record SubscriptionBody(
        @NotBlank @Size(max = 2000) String url,
        @Size(max = 100) List<@NotNull @Slug String> agreementIds,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> types,
        @Min(-1) Long after) {
}
