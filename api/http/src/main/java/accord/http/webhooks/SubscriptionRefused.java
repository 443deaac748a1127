package accord.http.webhooks;

import accord.http.problems.FieldProblem;
import java.util.List;

/** A webhook request that cannot be done, with a sentence the integrator can act on. */
public class SubscriptionRefused extends RuntimeException {

    private final SubscriptionProblem problem;
    private final List<FieldProblem> errors;

    /**
     * @param problem  what went wrong
     * @param sentence what to do about it
     * @param errors   the fields at fault, if any
     */
    public SubscriptionRefused(SubscriptionProblem problem, String sentence, List<FieldProblem> errors) {
        super(sentence, null, false, false);
        this.problem = problem;
        this.errors = List.copyOf(errors);
    }

    /** @return what went wrong */
    public SubscriptionProblem problem() {
        return problem;
    }

    /** @return the fields at fault */
    public List<FieldProblem> errors() {
        return errors;
    }

    static SubscriptionRefused notFound(String id) {
        return new SubscriptionRefused(SubscriptionProblem.SUBSCRIPTION_NOT_FOUND,
                "You have no webhook subscription with the id '" + id + "'; GET /subscriptions lists yours.", List.of());
    }
}
