package accord.http.webhooks;

import accord.http.problems.ProblemType;
import org.springframework.http.HttpStatus;

/** Codes of the problems the webhook endpoints answer with, beside the common ones. Clients may rely on them. */
public enum SubscriptionProblem implements ProblemType {
    /** No subscription with this id is visible to the caller (others' subscriptions are not). */
    SUBSCRIPTION_NOT_FOUND(HttpStatus.NOT_FOUND, "Subscription not found"),
    /** The target URL resolves to an address deliveries may not go to, or does not resolve. */
    TARGET_NOT_ALLOWED(HttpStatus.BAD_REQUEST, "Target not allowed"),
    /** The caller has as many subscriptions as one user may have. */
    SUBSCRIPTION_LIMIT_REACHED(HttpStatus.CONFLICT, "Subscription limit reached");

    private final HttpStatus status;
    private final String title;

    SubscriptionProblem(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
