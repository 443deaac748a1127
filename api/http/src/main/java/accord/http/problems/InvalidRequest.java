package accord.http.problems;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by the HTTP edge when a request is invalid in a way a handler finds itself: a {@link Refused}
 * with a {@link RequestProblem} whose problem lists the wrong fields in {@code errors}, after any
 * further members.
 */
public class InvalidRequest extends Refused {

    private final List<FieldProblem> errors;

    /**
     * @param problem the problem's code
     * @param detail what is wrong, for a person
     * @param errors the wrong fields
     */
    public InvalidRequest(RequestProblem problem, String detail, List<FieldProblem> errors) {
        this(problem, detail, errors, Map.of());
    }

    /**
     * @param problem the problem's code
     * @param detail what is wrong, for a person
     * @param errors the wrong fields
     * @param properties further members of the problem, for example the line and column of a syntax error
     */
    public InvalidRequest(RequestProblem problem, String detail, List<FieldProblem> errors,
            Map<String, Object> properties) {
        this(problem, detail, errors, properties, null);
    }

    private InvalidRequest(RequestProblem problem, String detail, List<FieldProblem> errors,
            Map<String, Object> properties, Duration retryAfter) {
        super(problem, detail, membersOf(properties, errors), retryAfter);
        this.errors = List.copyOf(errors);
    }

    /**
     * @param detail what is unavailable, for a person
     * @param retryAfter when to try again, sent as {@code Retry-After}
     * @return a 503 {@link RequestProblem#SERVICE_UNAVAILABLE}
     */
    public static InvalidRequest unavailable(String detail, Duration retryAfter) {
        return new InvalidRequest(RequestProblem.SERVICE_UNAVAILABLE, detail, List.of(), Map.of(), retryAfter);
    }

    /** @return the refusal of an agreement id in the path that is not a slug */
    public static InvalidRequest agreementId(String id) {
        String message = "must be a URL-safe slug of lower-case letters and digits joined by single hyphens, "
                + "at most 100 characters, for example kr-us-technology-prosperity-deal";
        return new InvalidRequest(RequestProblem.INVALID_AGREEMENT_ID,
                "The agreement id in the path " + message + ".",
                List.of(new FieldProblem("id", RequestProblem.INVALID_AGREEMENT_ID.name(), message)));
    }

    /** @return the wrong fields */
    public List<FieldProblem> errors() {
        return errors;
    }

    private static Map<String, Object> membersOf(Map<String, Object> properties, List<FieldProblem> errors) {
        Map<String, Object> members = new LinkedHashMap<>(Map.copyOf(properties));
        members.put("errors", List.copyOf(errors));
        return members;
    }
}
