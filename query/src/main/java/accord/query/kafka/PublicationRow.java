package accord.query.kafka;

import java.time.Instant;

/**
 * A topic's publication as the database records it.
 *
 * @param position    the last event recorded as published in a committed transaction; -1 for none
 * @param publishedAt when that was recorded, or null
 * @param leader      the node holding the lease, or the last one to hold it, or null
 */
public record PublicationRow(long position, Instant publishedAt, String leader) {
}
