package accord.query.webhooks;

import accord.query.feed.FeedFilter;
import java.time.Instant;

/**
 * A subscription as stored, without its secret.
 *
 * @param id                  its id
 * @param owner               who created it
 * @param url                 where events are delivered
 * @param filter              which events
 * @param state               whether deliveries go on
 * @param stateReason         why it is paused (null while active)
 * @param stateSince          when it entered its state
 * @param cursor              the ledger position delivered last; delivery goes on after it (-1: from the first)
 * @param consecutiveFailures failed attempts since the last success
 * @param nextAttemptAt       when it is delivered next at the earliest
 * @param lastAttemptAt       when an attempt was last made, or null
 * @param lastError           what went wrong in the last failed attempt since the last success, or null
 * @param createdAt           when it was created
 * @param generation          how many times the API changed its delivery (replays, pauses, resumes)
 */
public record WebhookSubscription(String id, String owner, String url, FeedFilter filter, SubscriptionState state,
                                  String stateReason, Instant stateSince, long cursor, int consecutiveFailures,
                                  Instant nextAttemptAt, Instant lastAttemptAt, String lastError, Instant createdAt,
                                  long generation) {
}
