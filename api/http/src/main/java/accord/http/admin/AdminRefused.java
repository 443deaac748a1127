package accord.http.admin;

import accord.http.problems.Refused;

/**
 * An operating request that cannot be done, with a sentence an operator can act on; answered as
 * problem details with its {@link AdminProblem} code, like every {@link Refused}.
 */
public class AdminRefused extends Refused {

    /**
     * @param problem  what went wrong
     * @param sentence what an operator can do about it
     */
    public AdminRefused(AdminProblem problem, String sentence) {
        super(problem, sentence);
    }

    static AdminRefused unknownProcessor(String name) {
        return new AdminRefused(AdminProblem.UNKNOWN_PROCESSOR,
                "There is no event processor named '" + name + "'; GET /admin/processors lists them.");
    }
}
