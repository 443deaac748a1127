package accord.query.search;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Party;
import accord.messages.events.AgreementEvent;
import accord.messages.queries.AgreementState;
import accord.messages.queries.Statement;
import accord.query.agreement.AgreementEvolution;
import accord.query.agreement.RecordedEvent;
import accord.query.agreement.Replacements;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the search keeps of one agreement: its state, evolved by the same code as the current-state
 * projection, and the span of days its facts can have happened in, which the state does not hold
 * (a scope area carries no date).
 *
 * @param state the agreement's state
 * @param firstOccurredOn the earliest day any fact can have happened, or null when none is dated
 * @param lastOccurredOn the latest day any fact can have happened, or null when none is dated
 */
record SearchEntry(AgreementState state, LocalDate firstOccurredOn, LocalDate lastOccurredOn) {

    /** The longest scope area kept for filtering; the validated HTTP edge allows 200 characters. */
    static final int LONGEST_AREA = 500;

    /**
     * The entry folded again from all of an agreement's events, after a correction: the state
     * with every corrected event replaced or dropped, the dates spanning the events as recorded
     * (a replaced date only widens the span, it never narrows it).
     *
     * @param events the agreement's events up to the correction, in version order
     * @param replacements reads the corrections' replacement payloads
     * @return the entry after the correction
     */
    static SearchEntry refold(List<RecordedEvent> events, Replacements replacements) {
        SearchEntry dated = null;
        for (RecordedEvent recorded : events) {
            dated = evolve(dated, recorded.event(), recorded.version(), recorded.position(), recorded.recordedAt());
        }
        AgreementState corrected = AgreementEvolution.fold(events, events, replacements);
        return new SearchEntry(corrected, dated == null ? null : dated.firstOccurredOn(),
                dated == null ? null : dated.lastOccurredOn());
    }

    /**
     * @param entry the entry before the event, or null when the agreement has none yet
     * @return the entry after the event
     */
    static SearchEntry evolve(SearchEntry entry, AgreementEvent event, long version, long position, Instant recordedAt) {
        AgreementState state = AgreementEvolution.evolve(entry == null ? null : entry.state(), event, version, position,
                recordedAt);
        LocalDate first = entry == null ? null : entry.firstOccurredOn();
        LocalDate last = entry == null ? null : entry.lastOccurredOn();
        OccurredOn occurredOn = event.occurredOn();
        // Events never validate: an undated or malformed date widens nothing.
        if (occurredOn != null && occurredOn.problem().isEmpty()) {
            LocalDate earliest = occurredOn.earliest();
            LocalDate latest = occurredOn.latest();
            first = first == null || earliest.isBefore(first) ? earliest : first;
            last = last == null || latest.isAfter(last) ? latest : last;
        }
        return new SearchEntry(state, first, last);
    }

    String agreementId() {
        return state.agreementId();
    }

    long version() {
        return state.version();
    }

    /** @return the party codes, upper-cased, each once, in the order the parties joined */
    List<String> partyCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (Party party : nonNull(state.parties())) {
            if (party != null && party.code() != null && !party.code().isBlank()) {
                codes.add(party.code().strip().toUpperCase(Locale.ROOT));
            }
        }
        return List.copyOf(codes);
    }

    /** @return the scope areas as recorded, without blanks */
    List<String> scopeAreas() {
        return nonNull(state.scopeAreas()).stream().filter(area -> area != null && !area.isBlank()).toList();
    }

    /** @return the scope areas as filtered on: trimmed, lower-cased, each once */
    List<String> scopeAreaKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (String area : scopeAreas()) {
            keys.add(scopeAreaKey(area));
        }
        return List.copyOf(keys);
    }

    /** @return the lower-cased text that free-text search looks in, one line per item */
    String searchText() {
        List<String> lines = new ArrayList<>();
        lines.add(state.agreementId());
        lines.add(state.title());
        for (Party party : nonNull(state.parties())) {
            if (party != null) {
                lines.add(party.code());
                lines.add(party.name());
            }
        }
        for (Statement statement : nonNull(state.statements())) {
            if (statement != null) {
                lines.add(statement.speaker() == null ? null : statement.speaker().name());
                lines.add(statement.text());
            }
        }
        return String.join("\n", lines.stream().filter(Objects::nonNull).map(SearchEntry::searchable).toList());
    }

    /** @return the form a scope area is stored and compared in */
    static String scopeAreaKey(String area) {
        String key = area.strip().toLowerCase(Locale.ROOT);
        return key.length() > LONGEST_AREA ? key.substring(0, LONGEST_AREA) : key;
    }

    /** @return the form text is searched in: lower-cased, whitespace runs as one space */
    static String searchable(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
