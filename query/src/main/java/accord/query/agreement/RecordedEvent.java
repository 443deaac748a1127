package accord.query.agreement;

import accord.messages.events.AgreementEvent;
import java.time.Instant;

/**
 * One event of an agreement with where and when the ledger recorded it.
 *
 * @param version its sequence number in the agreement's stream
 * @param position its ledger position (gap-free, in commit order)
 * @param recordedAt when it was recorded
 * @param event the event
 */
public record RecordedEvent(long version, long position, Instant recordedAt, AgreementEvent event) {
}
