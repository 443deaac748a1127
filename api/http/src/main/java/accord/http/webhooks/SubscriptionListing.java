package accord.http.webhooks;

import java.util.List;

/**
 * Webhook subscriptions, oldest first, without their secrets.
 *
 * @param subscriptions the caller's subscriptions (everyone's for ADMIN)
 */
public record SubscriptionListing(List<SubscriptionStatus> subscriptions) {
}
