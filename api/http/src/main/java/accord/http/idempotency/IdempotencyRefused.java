package accord.http.idempotency;

import accord.http.problems.Refused;
import java.time.Duration;
import java.util.Map;

/** A request refused because of its {@code Idempotency-Key}. */
public class IdempotencyRefused extends Refused {

    IdempotencyRefused(IdempotencyProblem problem, String detail) {
        super(problem, detail);
    }

    IdempotencyRefused(IdempotencyProblem problem, String detail, Duration retryAfter) {
        super(problem, detail, Map.of(), retryAfter);
    }
}
