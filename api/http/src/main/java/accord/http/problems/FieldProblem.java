package accord.http.problems;

/**
 * One wrong field of a request, listed in a problem's {@code errors}.
 *
 * @param field where it is: {@code parties[1].code}, {@code occurredOn.date}, a query parameter's name
 * @param code a stable code: REQUIRED, INVALID_FORMAT, WRONG_TYPE, INVALID_OCCURRED_ON, ...
 * @param message what is wrong, for a person
 */
public record FieldProblem(String field, String code, String message) {
}
