package accord.http.console;

import accord.http.problems.FieldProblem;
import accord.http.problems.Refusals;
import accord.http.problems.InvalidRequest;
import accord.http.problems.Refused;
import accord.messages.refusals.AgreementRefused;
import java.util.List;

/**
 * A problem as a console page shows it: the same status, code, title, detail and wrong fields as
 * the problem details the API answers for the same refusal.
 *
 * @param status the HTTP status
 * @param code the stable code
 * @param title a short summary
 * @param detail what is wrong and what to do about it
 * @param errors the wrong fields; empty when the problem is not about fields
 */
public record ShownProblem(int status, String code, String title, String detail, List<FieldProblem> errors) {

    static ShownProblem of(AgreementRefused refusal) {
        return new ShownProblem(Refusals.statusOf(refusal).value(), refusal.code().name(), Refusals.titleOf(refusal),
                refusal.getMessage(), List.of());
    }

    static ShownProblem of(Refused refusal) {
        return new ShownProblem(refusal.problem().status().value(), refusal.problem().name(), refusal.problem().title(),
                refusal.getMessage(), refusal instanceof InvalidRequest invalid ? invalid.errors() : List.of());
    }

    /** @return the message for a field, or null when the field is fine */
    public String messageFor(String field) {
        return errors.stream().filter(error -> error.field().equals(field)).map(FieldProblem::message)
                .findFirst().orElse(null);
    }
}
