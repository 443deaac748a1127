package accord.http.problems;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.validation.Errors;

/** The Bean Validation violations of a request, as the problem's {@code errors} list them. */
final class FieldProblems {

    private FieldProblems() {
    }

    /** @return every field error, sorted by field and code, then every error of the object as a whole */
    static List<FieldProblem> of(Errors errors) {
        Stream<FieldProblem> fields = errors.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), ConstraintCodes.of(error), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::code));
        Stream<FieldProblem> global = errors.getGlobalErrors().stream()
                .map(error -> new FieldProblem("", "INVALID_VALUE", error.getDefaultMessage()));
        return Stream.concat(fields, global).toList();
    }

    /** @return "The request has N invalid field(s); see errors." */
    static String countedIn(List<FieldProblem> problems) {
        return problems.size() == 1
                ? "The request has 1 invalid field; see errors."
                : "The request has " + problems.size() + " invalid fields; see errors.";
    }
}
