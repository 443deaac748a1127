package accord.query.history;

import accord.messages.queries.AgreementState;
import accord.messages.queries.EventReference;
import accord.messages.queries.FactChange;
import accord.query.agreement.AgreementEvolution;
import accord.query.agreement.RecordedEvent;
import accord.query.agreement.Replacements;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares an agreement's states at two versions fact by fact, and names the events in between
 * that changed each fact. The state at each version is the one an as-of-version read answers.
 */
final class AgreementDiffs {

    /** Fields every event changes or that other agreements' events change: not facts of this one. */
    private static final Set<String> NOT_FACTS = Set.of("agreementId", "version", "lastRecordedAt", "linkedFrom");
    private static final List<RecordComponent> FACTS = List.of(AgreementState.class.getRecordComponents()).stream()
            .filter(component -> !NOT_FACTS.contains(component.getName()))
            .toList();

    private AgreementDiffs() {
    }

    /**
     * @param events every event of the agreement up to at least toVersion, in version order
     * @return one change per fact that differs between the two versions, in field order
     */
    static List<FactChange> between(List<RecordedEvent> events, long fromVersion, long toVersion,
                                    Replacements replacements) {
        List<RecordedEvent> upToFrom = events.stream().filter(event -> event.version() <= fromVersion).toList();
        AgreementState from = AgreementEvolution.fold(upToFrom, upToFrom, replacements);
        AgreementState state = from;
        Map<String, List<EventReference>> changedBy = new LinkedHashMap<>();
        for (RecordedEvent event : events) {
            if (event.version() <= fromVersion || event.version() > toVersion) {
                continue;
            }
            AgreementState next;
            if (AgreementHistoryQueries.isCorrection(event)) {
                List<RecordedEvent> upTo = events.stream().filter(e -> e.version() <= event.version()).toList();
                next = AgreementEvolution.fold(upTo, upTo, replacements);
            } else {
                next = AgreementEvolution.evolve(state, event.event(), event.version(), event.position(),
                        event.recordedAt());
            }
            EventReference reference = new EventReference(event.version(), event.position(),
                    event.event().getClass().getSimpleName());
            for (RecordComponent fact : FACTS) {
                if (!Objects.equals(value(fact, state), value(fact, next))) {
                    changedBy.computeIfAbsent(fact.getName(), name -> new ArrayList<>()).add(reference);
                }
            }
            state = next;
        }
        List<FactChange> changes = new ArrayList<>();
        for (RecordComponent fact : FACTS) {
            Object before = value(fact, from);
            Object after = value(fact, state);
            if (Objects.equals(before, after)) {
                continue;
            }
            List<EventReference> references = changedBy.getOrDefault(fact.getName(), List.of());
            if (List.class.equals(fact.getType())) {
                changes.add(new FactChange(fact.getName(), null, null, without((List<?>) after, (List<?>) before),
                        without((List<?>) before, (List<?>) after), references));
            } else {
                changes.add(new FactChange(fact.getName(), before, after, List.of(), List.of(), references));
            }
        }
        return changes;
    }

    private static List<Object> without(List<?> list, List<?> removed) {
        List<Object> rest = new ArrayList<>(list == null ? List.of() : list);
        for (Object element : removed == null ? List.of() : removed) {
            rest.remove(element);
        }
        return rest;
    }

    private static Object value(RecordComponent fact, AgreementState state) {
        if (state == null) {
            return null;
        }
        try {
            return fact.getAccessor().invoke(state);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("The fact " + fact.getName() + " cannot be read", e);
        }
    }
}
