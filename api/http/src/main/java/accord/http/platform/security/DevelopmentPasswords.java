package accord.http.platform.security;

import java.util.List;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The passwords the service ships with for its development users (each user's password is its
 * name). They are public knowledge, so they are only tolerated on the embedded database.
 */
final class DevelopmentPasswords {

    private static final List<String> BUILT_IN = List.of("clerk", "auditor", "integrator", "admin");

    private DevelopmentPasswords() {
    }

    /** @return the names of the users whose password is one of the built-in development passwords */
    static List<String> usersStillOnThem(Map<String, ConfiguredUser> users, PasswordEncoder encoder) {
        return users.entrySet().stream()
                .filter(user -> BUILT_IN.stream().anyMatch(password -> matches(encoder, password, user.getValue())))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static boolean matches(PasswordEncoder encoder, String password, ConfiguredUser user) {
        try {
            return encoder.matches(password, user.password());
        } catch (IllegalArgumentException unknownFormat) {
            return false;
        }
    }
}
