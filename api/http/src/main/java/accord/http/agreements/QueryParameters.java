package accord.http.agreements;

import accord.http.problems.FieldProblem;
import accord.http.problems.InvalidRequest;
import accord.http.problems.RequestProblem;
import accord.messages.agreement.DatePrecision;
import accord.messages.agreement.OccurredOn;
import java.util.List;
import java.util.Optional;

/** Reads the query parameters the agreement reads share, refusing wrong ones with a field problem. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * @param field the parameter's name
     * @param text a world date at any precision: 2025-09-22, 2025-09 or 2025
     * @return the date with the precision it is written at
     * @throws InvalidRequest when it is not a real date in one of those forms
     */
    public static OccurredOn worldDate(String field, String text) {
        DatePrecision precision = DatePrecision.of(text);
        OccurredOn date = new OccurredOn(text, precision == null ? DatePrecision.DAY : precision);
        Optional<String> problem = precision == null
                ? Optional.of("'" + text + "' is not a date; write it as 2025-09-22, 2025-09 or 2025")
                : date.problem();
        if (problem.isPresent()) {
            throw invalid(field, "INVALID_OCCURRED_ON", problem.get());
        }
        return date;
    }

    /** @return the refusal of one wrong parameter */
    public static InvalidRequest invalid(String field, String code, String message) {
        return new InvalidRequest(RequestProblem.VALIDATION_FAILED, "The request has an invalid parameter.",
                List.of(new FieldProblem(field, code, message)));
    }
}
