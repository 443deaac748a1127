package accord.http.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The users of every integration test: the development user names with passwords that are not the
 * development ones, since the service refuses those on PostgreSQL.
 */
public final class TestUsers {

    /** Records agreements. */
    public static final TestUser CLERK = new TestUser("clerk", "clerk-test-7Hq2", "CLERK");

    /** Reads agreements and their history. */
    public static final TestUser AUDITOR = new TestUser("auditor", "auditor-test-4Ws9", "AUDITOR");

    /** Reads agreements and subscribes to their events. */
    public static final TestUser INTEGRATOR = new TestUser("integrator", "integrator-test-8Kd3", "INTEGRATOR");

    /** Operates the service. */
    public static final TestUser ADMIN = new TestUser("admin", "admin-test-2Pz6", "ADMIN");

    /** Every test user. */
    public static final List<TestUser> ALL = List.of(CLERK, AUDITOR, INTEGRATOR, ADMIN);

    private TestUsers() {
    }

    /** @return {@code accord.security.users.*} for every test user */
    public static Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (TestUser user : ALL) {
            properties.put("accord.security.users." + user.name() + ".password", "{noop}" + user.password());
            properties.put("accord.security.users." + user.name() + ".roles", user.role());
        }
        return properties;
    }
}
