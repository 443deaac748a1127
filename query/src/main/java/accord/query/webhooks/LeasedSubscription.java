package accord.query.webhooks;

import java.util.List;

/**
 * A subscription a node holds the lease of, with what it signs deliveries with.
 *
 * @param subscription the subscription as it was when the lease was taken
 * @param secrets      its current secret, then a rotated-out one still honoured
 * @param node         the node holding the lease
 */
public record LeasedSubscription(WebhookSubscription subscription, List<WebhookSecret> secrets, String node) {

    public LeasedSubscription {
        secrets = List.copyOf(secrets);
    }
}
