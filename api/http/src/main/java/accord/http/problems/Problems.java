package accord.http.problems;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem details every error answer carries. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(ProblemType type, String detail, HttpServletRequest request) {
        return of(type.status(), type.name(), type.title(), detail, request);
    }

    static ProblemDetail of(HttpStatusCode status, String code, String title, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return decorate(problem, code, title, request);
    }

    static ProblemDetail decorate(ProblemDetail problem, String code, String title, HttpServletRequest request) {
        problem.setType(ProblemType.typeOf(code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        if (request != null) {
            problem.setInstance(instanceOf(request));
        }
        return problem;
    }

    /** @return a title for a refusal code: ALREADY_SIGNED reads "Already signed" */
    static String titleOf(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static URI instanceOf(HttpServletRequest request) {
        try {
            return URI.create(request.getRequestURI());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
