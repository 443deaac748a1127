package accord.http.console;

import accord.messages.agreement.DatePrecision;
import accord.messages.agreement.OccurredOn;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes any recorded value (a payload member, a fact of a state, a change of a diff) as one line a
 * person reads: records and JSON objects as "name: value" pairs, lists joined, dates at their
 * precision. The version and position a fact carries are left out: the page links them instead.
 */
final class FactText {

    /** A word of a camel-case name; MoU is one word. */
    private static final Pattern WORD = Pattern.compile("MoU|[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])");
    private static final Set<String> LINKED_ELSEWHERE = Set.of("version", "position", "agreementId");

    private FactText() {
    }

    /** @return the value as one line; an em dash for nothing */
    static String of(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof OccurredOn date) {
            DrawnDate drawn = DrawnDate.of(date);
            return drawn == null ? date.date() : drawn.label();
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? "—" : items.stream().map(FactText::of).collect(Collectors.joining("; "));
        }
        if (value instanceof Map<?, ?> members) {
            if (members.containsKey("date") && members.containsKey("precision") && members.size() == 2) {
                return of(new OccurredOn(String.valueOf(members.get("date")), precisionOf(members.get("precision"))));
            }
            return pairs(members);
        }
        if (value.getClass().isRecord()) {
            return pairs(componentsOf((Record) value));
        }
        return value.toString();
    }

    /** @return a member's name as words: relatedAgreementId reads "related agreement id" */
    static String words(String name) {
        Matcher word = WORD.matcher(name);
        StringBuilder words = new StringBuilder();
        while (word.find()) {
            String found = word.group();
            words.append(words.isEmpty() ? "" : " ").append(found.equals("MoU") ? found : found.toLowerCase(Locale.ROOT));
        }
        return words.isEmpty() ? name : words.toString();
    }

    /** @return an event type as a title: TaskForceFormed reads "Task force formed" */
    static String title(String eventType) {
        String words = words(eventType);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String pairs(Map<?, ?> members) {
        return members.entrySet().stream()
                .filter(member -> member.getValue() != null && !LINKED_ELSEWHERE.contains(String.valueOf(member.getKey())))
                .map(member -> words(String.valueOf(member.getKey())) + ": " + of(member.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static Map<String, Object> componentsOf(Record value) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            try {
                members.put(component.getName(), component.getAccessor().invoke(value));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return members;
    }

    private static DatePrecision precisionOf(Object text) {
        try {
            return DatePrecision.valueOf(String.valueOf(text));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
