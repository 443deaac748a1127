package accord.query.webhooks;

/** Whether a subscription's events are being delivered. */
public enum SubscriptionState {
    /** Deliveries go on, or are retried after a failure. */
    ACTIVE,
    /** Nothing is delivered until the subscription is resumed; its cursor stays where it is. */
    PAUSED
}
