package accord.http.admin;

/** An operating request that cannot be done, with a sentence an operator can act on. */
public class AdminRefused extends RuntimeException {

    private final AdminProblem problem;

    /**
     * @param problem  what went wrong
     * @param sentence what an operator can do about it
     */
    public AdminRefused(AdminProblem problem, String sentence) {
        super(sentence);
        this.problem = problem;
    }

    /** @return what went wrong */
    public AdminProblem problem() {
        return problem;
    }

    static AdminRefused unknownProcessor(String name) {
        return new AdminRefused(AdminProblem.UNKNOWN_PROCESSOR,
                "There is no event processor named '" + name + "'; GET /admin/processors lists them.");
    }
}
