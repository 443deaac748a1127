package accord.command.agreement;

import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The areas an agreement covers; areas compare ignoring case and surrounding blanks.
 *
 * @param areas the areas in the order they were added, as first written
 */
record Scope(List<String> areas) {

    static final Scope NONE = new Scope(List.of());

    /** @return the candidates not yet in scope, each once; refuses when there is none */
    List<String> newAmong(List<String> candidates, String agreementId) {
        Map<String, String> added = new LinkedHashMap<>();
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank() && !contains(candidate)) {
                added.putIfAbsent(key(candidate), candidate.strip());
            }
        }
        if (added.isEmpty()) {
            throw new AgreementRefused(ErrorCode.SCOPE_AREAS_ALREADY_PRESENT, "Every area in " + candidates
                    + " is already in the scope of agreement '" + agreementId + "' (" + areas
                    + "). Nothing to add; name an area not yet covered.");
        }
        return List.copyOf(added.values());
    }

    Scope with(List<String> added) {
        List<String> all = new ArrayList<>(areas);
        all.addAll(added);
        return new Scope(List.copyOf(all));
    }

    private boolean contains(String area) {
        return areas.stream().anyMatch(known -> key(known).equals(key(area)));
    }

    private static String key(String area) {
        return area.strip().toLowerCase(Locale.ROOT);
    }
}
