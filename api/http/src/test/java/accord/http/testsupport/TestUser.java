package accord.http.testsupport;

/**
 * A user the integration tests sign in as.
 *
 * @param name     the user name
 * @param password the plain password, for an HTTP Basic header
 * @param role     the user's single role
 */
public record TestUser(String name, String password, String role) {
}
