package accord.http.console;

import accord.http.agreements.AgreementReader;
import accord.http.history.AgreementHistoryController;
import accord.messages.ledger.LeafRecord;
import accord.messages.queries.AgreementHistory;
import accord.messages.queries.HistoryEntry;
import accord.query.feed.AgreementFeed;
import accord.query.feed.FeedFilter;
import accord.query.feed.FeedPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Builds an agreement's timeline: every event of its history, in version order, with its id in the
 * ledger. The history is read through the same endpoint logic as {@code GET /agreements/{id}/history}
 * (an unknown agreement is refused the same way); the event ids come from the ledger's feed, which
 * the history does not carry.
 */
@Component
class Timelines {

    private static final int PAGE = 1000;

    private final AgreementHistoryController history;
    private final AgreementFeed feed;
    private final AgreementReader reader;

    Timelines(AgreementHistoryController history, AgreementFeed feed, AgreementReader reader) {
        this.history = history;
        this.feed = feed;
        this.reader = reader;
    }

    /** @return every event of the agreement, oldest first */
    List<TimelineEntry> of(String agreementId) {
        return after(agreementId, null);
    }

    /**
     * The events after a version, waiting (within the read side's bound) until the history holds
     * at least the version wanted: a live event is announced the moment it commits, a moment before
     * the history projection has written it.
     *
     * @param after the last version the reader has
     * @param atLeast the version the history should reach; at most {@code after} not to wait
     * @return the events after that version, oldest first; possibly short of atLeast when the wait ran out
     */
    List<TimelineEntry> after(String agreementId, long after, long atLeast) {
        return reader.waitFor(() -> after(agreementId, after), entries -> atLeast <= after
                || !entries.isEmpty() && entries.get(entries.size() - 1).event().version() >= atLeast);
    }

    private List<TimelineEntry> after(String agreementId, Long after) {
        List<HistoryEntry> events = new ArrayList<>();
        Long cursor = after;
        do {
            AgreementHistory page = history.findAgreementHistory(agreementId, null, null, null, null, null, cursor, PAGE);
            events.addAll(page.entries());
            cursor = page.next();
        } while (cursor != null);
        Map<Long, String> ids = eventIds(agreementId, events);
        return events.stream().map(event -> TimelineEntry.of(event, ids.get(event.position()))).toList();
    }

    private Map<Long, String> eventIds(String agreementId, List<HistoryEntry> events) {
        Map<Long, String> ids = new HashMap<>();
        if (events.isEmpty()) {
            return ids;
        }
        long last = events.stream().mapToLong(HistoryEntry::position).max().orElseThrow();
        long from = events.stream().mapToLong(HistoryEntry::position).min().orElseThrow() - 1;
        FeedFilter filter = new FeedFilter(Set.of(agreementId), Set.of());
        while (from < last) {
            FeedPage page = feed.read(from, PAGE, filter);
            for (LeafRecord event : page.events()) {
                ids.put(event.position(), event.eventId());
            }
            if (page.next() <= from) {
                break;
            }
            from = page.next();
        }
        return ids;
    }
}
