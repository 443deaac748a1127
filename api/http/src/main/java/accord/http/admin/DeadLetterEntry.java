package accord.http.admin;

import java.time.Instant;
import java.util.Map;

/**
 * One event a handler failed on, held in a dead-letter queue.
 *
 * @param eventId      the event's identifier
 * @param type         the event's payload type
 * @param agreementId  the agreement the event belongs to, or null for an event of no aggregate
 * @param version      the event's sequence number in the agreement's stream, or null
 * @param causeType    the type of the failure
 * @param causeMessage the failure's message
 * @param enqueuedAt   when it was first dead-lettered
 * @param lastTouched  when it was last tried
 * @param diagnostics  what the enqueue policy noted about it
 */
public record DeadLetterEntry(
        String eventId,
        String type,
        String agreementId,
        Long version,
        String causeType,
        String causeMessage,
        Instant enqueuedAt,
        Instant lastTouched,
        Map<String, Object> diagnostics) {
}
