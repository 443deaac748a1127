package accord.http.console;

import accord.messages.queries.EventReference;
import accord.messages.queries.FactChange;
import java.util.List;

/**
 * One changed fact of a diff, as the side-by-side table shows it: what the earlier version held
 * that the later one does not (or the earlier value), what the later one holds that the earlier
 * did not (or the later value), and the events in between that changed it.
 *
 * @param fact the fact's name as the state writes it, for example taskForces
 * @param name the fact in words
 * @param before the earlier side: the value, or the elements removed
 * @param after the later side: the value, or the elements added
 * @param listed whether the fact is a list (the sides then hold elements, not values)
 * @param changedBy the events that changed it
 */
public record DiffRow(String fact, String name, List<String> before, List<String> after, boolean listed,
        List<EventReference> changedBy) {

    static DiffRow of(FactChange change) {
        boolean listed = change.before() == null && change.after() == null
                && (!change.added().isEmpty() || !change.removed().isEmpty());
        return new DiffRow(change.fact(), FactText.words(change.fact()),
                listed ? texts(change.removed()) : List.of(FactText.of(change.before())),
                listed ? texts(change.added()) : List.of(FactText.of(change.after())),
                listed, change.changedBy());
    }

    private static List<String> texts(List<Object> items) {
        return items.stream().map(FactText::of).toList();
    }
}
