package accord.http.console;

import accord.messages.queries.HistoryEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One event on an agreement's timeline: the event as the history holds it, its id in the ledger,
 * its world date drawn at its precision, and the facts it recorded, in words.
 *
 * @param event the event as the history holds it
 * @param eventId the event's id (the ledger leaf's), or an empty text when the ledger does not know it yet
 * @param happened when it happened in the world, drawn at its precision; null when it carries no date
 * @param facts what it recorded, in payload order, without the members shown elsewhere
 */
public record TimelineEntry(HistoryEntry event, String eventId, DrawnDate happened, List<Fact> facts) {

    private static final Set<String> SHOWN_ELSEWHERE = Set.of("agreementId", "occurredOn", "sources");

    /**
     * A fact an event recorded.
     *
     * @param name the payload member, in words
     * @param text its value, in words
     */
    public record Fact(String name, String text) {
    }

    static TimelineEntry of(HistoryEntry event, String eventId) {
        Map<String, Object> payload = event.payload() == null ? Map.of() : event.payload();
        List<Fact> facts = payload.entrySet().stream()
                .filter(member -> member.getValue() != null && !SHOWN_ELSEWHERE.contains(member.getKey()))
                .map(member -> new Fact(FactText.words(member.getKey()), FactText.of(member.getValue())))
                .toList();
        return new TimelineEntry(event, eventId == null ? "" : eventId, DrawnDate.of(event.occurredOn()), facts);
    }

    /** @return the event type in words: TaskForceFormed reads "Task force formed" */
    public String title() {
        return FactText.title(event.type());
    }

    /** @return whether this event corrects an earlier one */
    public boolean isCorrection() {
        return event.corrects() != null;
    }

    /** @return whether a later event corrects this one */
    public boolean isCorrected() {
        return event.correctedBy() != null && !event.correctedBy().isEmpty();
    }
}
