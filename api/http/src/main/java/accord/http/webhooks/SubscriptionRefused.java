package accord.http.webhooks;

import accord.http.problems.FieldProblem;
import accord.http.problems.Refused;
import java.util.List;
import java.util.Map;

/**
 * A webhook request that cannot be done, with a sentence the integrator can act on; answered as
 * problem details with its {@link SubscriptionProblem} code and, always, the fields at fault in
 * {@code errors}.
 */
public class SubscriptionRefused extends Refused {

    /**
     * @param problem  what went wrong
     * @param sentence what to do about it
     * @param errors   the fields at fault, if any
     */
    public SubscriptionRefused(SubscriptionProblem problem, String sentence, List<FieldProblem> errors) {
        super(problem, sentence, Map.of("errors", List.copyOf(errors)));
    }

    static SubscriptionRefused notFound(String id) {
        return new SubscriptionRefused(SubscriptionProblem.SUBSCRIPTION_NOT_FOUND,
                "You have no webhook subscription with the id '" + id + "'; GET /subscriptions lists yours.", List.of());
    }
}
