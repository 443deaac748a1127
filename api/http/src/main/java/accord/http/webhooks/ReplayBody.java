package accord.http.webhooks;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Where a subscription's deliveries go on.
 *
 * @param after the ledger position to deliver after: -1 for every event ever recorded
 */
public record ReplayBody(@NotNull @Min(-1) Long after) {
}
