package accord.http.testsupport;

/**
 * Stand-in so that the API's integration test compiles on its own branch; the platform's version
 * replaces it when the branches are merged.
 *
 * @param name the user name
 * @param password the password
 */
public record TestUsers(String name, String password) {

    /** A user with the CLERK role. */
    public static final TestUsers CLERK = new TestUsers("clerk", "clerk-test-password");
}
