package accord.query.webhooks;

import java.time.Instant;

/**
 * One attempt to deliver one event, from a subscription's delivery log.
 *
 * @param id             the attempt's number in the log, growing; pages go back by it
 * @param position       the event's ledger position
 * @param eventId        the event's id, also the {@code webhook-id}
 * @param attempt        1 for the first attempt at this event, 2 for the first retry, ...
 * @param attemptedAt    when the request was sent
 * @param statusCode     the HTTP status the target answered, or null when it did not answer
 * @param error          what went wrong, or null when it was delivered
 * @param durationMillis how long the request took
 * @param delivered      whether the target took it (a 2xx answer)
 */
public record DeliveryAttempt(long id, long position, String eventId, int attempt, Instant attemptedAt,
                              Integer statusCode, String error, long durationMillis, boolean delivered) {
}
