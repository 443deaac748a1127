package accord.http.webhooks;

import accord.messages.feed.EventType;
import accord.query.webhooks.SubscriptionState;
import accord.query.webhooks.WebhookSecret;
import accord.query.webhooks.WebhookSubscription;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A webhook subscription and how its delivery stands.
 *
 * @param id                  its id
 * @param url                 where events are POSTed
 * @param agreementIds        only events of these agreements (empty: all)
 * @param types               only events of these CloudEvents types (empty: all)
 * @param state               ACTIVE or PAUSED
 * @param pausedReason        why it is paused: the failures and the last error, or who paused it
 * @param stateSince          when it entered its state
 * @param cursor              the ledger position delivered last; deliveries go on after it
 * @param consecutiveFailures failed attempts at the next event since the last success
 * @param nextAttemptAt       when the next event is delivered at the earliest (null while paused)
 * @param lastAttemptAt       when an event was last sent
 * @param lastError           what went wrong in the last failed attempt, until an attempt succeeds
 * @param createdBy           the user who created it, who alone (with ADMIN) sees and changes it
 * @param createdAt           when it was created
 * @param secret              the signing secret: only in the answers that create or rotate it, never again
 */
public record SubscriptionStatus(
        String id,
        String url,
        List<String> agreementIds,
        List<String> types,
        SubscriptionState state,
        String pausedReason,
        Instant stateSince,
        long cursor,
        int consecutiveFailures,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        String lastError,
        String createdBy,
        Instant createdAt,
        @Schema(description = "The Standard Webhooks signing secret (whsec_…). Only in the answers to "
                + "createSubscription and rotateSubscriptionSecret; store it then: it is never shown again.")
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    static SubscriptionStatus of(WebhookSubscription subscription) {
        return of(subscription, null);
    }

    static SubscriptionStatus of(WebhookSubscription subscription, WebhookSecret secret) {
        boolean paused = subscription.state() == SubscriptionState.PAUSED;
        return new SubscriptionStatus(subscription.id(), subscription.url(),
                subscription.filter().agreementIds().stream().sorted().toList(),
                subscription.filter().types().stream().map(EventType::cloudEventType).sorted().toList(),
                subscription.state(), subscription.stateReason(), subscription.stateSince(), subscription.cursor(),
                subscription.consecutiveFailures(), paused ? null : subscription.nextAttemptAt(),
                subscription.lastAttemptAt(), subscription.lastError(), subscription.owner(),
                subscription.createdAt(), secret == null ? null : secret.text());
    }
}
