package accord.http.feed;

import accord.messages.ledger.LeafRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The newest events, in position order with no gap, read once for every live stream: a stream
 * that is caught up takes what is new from here instead of asking the database.
 */
final class RecentEvents {

    private final int capacity;
    private final Deque<LeafRecord> events = new ArrayDeque<>();
    /** The position after the last event held: the next one to append. -1 before the first fill. */
    private long end = -1;

    RecentEvents(int capacity) {
        this.capacity = capacity;
    }

    /** @return the position the next appended event must have, or -1 when the window is empty and unanchored */
    synchronized long end() {
        return end;
    }

    /** Starts the window over at a position, dropping what it held (after a gap too large to fill). */
    synchronized void restartAt(long position) {
        events.clear();
        end = position;
    }

    /** Appends the events, which must follow on from {@link #end()}. */
    synchronized void append(List<LeafRecord> newer) {
        for (LeafRecord event : newer) {
            if (end >= 0 && event.position() != end) {
                throw new IllegalStateException("expected position " + end + ", got " + event.position());
            }
            events.addLast(event);
            end = event.position() + 1;
            if (events.size() > capacity) {
                events.removeFirst();
            }
        }
    }

    /**
     * @param after the last position a stream has
     * @param limit at most this many
     * @return the events after it, or empty when the window does not reach back that far
     */
    synchronized Optional<List<LeafRecord>> after(long after, int limit) {
        long first = events.isEmpty() ? end : events.peekFirst().position();
        if (end < 0 || after + 1 < first) {
            return Optional.empty();
        }
        List<LeafRecord> page = new ArrayList<>();
        for (LeafRecord event : events) {
            if (event.position() > after) {
                page.add(event);
                if (page.size() == limit) {
                    break;
                }
            }
        }
        return Optional.of(page);
    }
}
