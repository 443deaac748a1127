package accord.command.agreement;

import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The task forces formed for an agreement, by name; names compare ignoring case and surrounding blanks.
 *
 * @param names the normalised names
 */
record TaskForces(Set<String> names) {

    static final TaskForces NONE = new TaskForces(Set.of());

    void requireNew(String name, String agreementId) {
        if (names.contains(key(name))) {
            throw new AgreementRefused(ErrorCode.TASK_FORCE_ALREADY_FORMED, "A task force named '" + name
                    + "' was already formed for agreement '" + agreementId + "'. Give the new task force a"
                    + " different name, or record a milestone for the existing one.");
        }
    }

    TaskForces with(String name) {
        Set<String> formed = new HashSet<>(names);
        formed.add(key(name));
        return new TaskForces(Set.copyOf(formed));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
