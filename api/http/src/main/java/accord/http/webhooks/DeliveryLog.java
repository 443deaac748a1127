package accord.http.webhooks;

import accord.query.webhooks.DeliveryAttempt;
import java.util.List;

/**
 * A page of a subscription's delivery log, newest attempt first.
 *
 * @param deliveries the attempts
 * @param next       the {@code before} of the next (older) page, or null on the last
 */
public record DeliveryLog(List<DeliveryAttempt> deliveries, Long next) {
}
