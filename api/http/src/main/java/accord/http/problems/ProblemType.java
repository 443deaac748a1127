package accord.http.problems;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * A kind of problem the service answers with: a stable code, the HTTP status and a short, fixed
 * title. Each area keeps its codes in an enum of its own ({@link RequestProblem}, the operating,
 * webhook and catalogue problems); clients may rely on every one.
 */
public interface ProblemType {

    /** @return the stable code, sent as the problem's {@code code}: UNKNOWN_PROCESSOR, TARGET_NOT_ALLOWED, ... */
    String name();

    /** @return the HTTP status this problem answers with */
    HttpStatus status();

    /** @return the problem type's short, fixed summary */
    String title();

    /** @return the problem's {@code type}: {@code /problems/} and the code in kebab case */
    default URI type() {
        return typeOf(name());
    }

    /** @return the {@code type} of a problem with this code: UNKNOWN_PROCESSOR is /problems/unknown-processor */
    static URI typeOf(String code) {
        return URI.create("/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
