package accord.http.idempotency;

import accord.http.problems.ProblemType;
import org.springframework.http.HttpStatus;

/** Codes of the problems an {@code Idempotency-Key} can meet. Clients may rely on the codes. */
public enum IdempotencyProblem implements ProblemType {
    /** The header is not a string of 1 to 255 printable ASCII characters. */
    INVALID_IDEMPOTENCY_KEY(HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key"),
    /** The key was used, within its retention, for another request (method, path, body or principal). */
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused"),
    /** A request with the same key is still being handled; retry after Retry-After. */
    IDEMPOTENCY_KEY_IN_USE(HttpStatus.CONFLICT, "Idempotency-Key in use");

    private final HttpStatus status;
    private final String title;

    IdempotencyProblem(HttpStatus status, String title) {
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
