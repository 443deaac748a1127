package accord.query.feed;

import accord.messages.ledger.LeafRecord;
import java.util.List;

/**
 * One page of the feed.
 *
 * @param events the events, in position order
 * @param next the position to read after for the next page: the last event's, or, when the page
 *             ended before its limit, the last position the read covered (so a filtered reader
 *             skips what did not match); {@code after} itself when nothing was covered
 * @param head the ledger's size when the page was read: positions below it are all committed
 */
public record FeedPage(List<LeafRecord> events, long next, long head) {
}
