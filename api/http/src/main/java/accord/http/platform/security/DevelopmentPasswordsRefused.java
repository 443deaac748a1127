package accord.http.platform.security;

import java.util.List;

/** Thrown at start-up on PostgreSQL while users still have a built-in development password. */
public class DevelopmentPasswordsRefused extends IllegalStateException {

    private final List<String> users;

    /** @param users the names of the users that still have a development password */
    public DevelopmentPasswordsRefused(List<String> users) {
        super("Refusing to start on PostgreSQL: user(s) " + String.join(", ", users)
                + " still have a built-in development password. Give each a password of its own,"
                + " e.g. ACCORD_SECURITY_USERS_" + users.get(0).toUpperCase() + "_PASSWORD={bcrypt}$2a$...");
        this.users = List.copyOf(users);
    }

    /** @return the names of the users that still have a development password */
    public List<String> users() {
        return users;
    }
}
