package accord.query.kafka;

import java.time.Instant;

/**
 * What a node's publisher knows of the publication.
 *
 * @param state        what it is doing
 * @param published    the last event known published in a committed transaction; -1 for none
 * @param leader       the node that publishes (this one when {@code PUBLISHING}), or null when unknown
 * @param progressedAt when {@code published} last moved, or the publisher last found nothing to
 *                     publish: how long it has been stuck, when events wait
 * @param failure      why the last attempt failed, while {@code FAILING}; otherwise null
 */
public record PublisherStatus(PublisherState state, long published, String leader, Instant progressedAt,
                              String failure) {
}
