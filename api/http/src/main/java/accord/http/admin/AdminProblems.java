package accord.http.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers an {@link AdminRefused} from any operator endpoint (processors, dead letters, the ledger
 * audit) as problem details with its {@link AdminProblem} code. Ordered before the catch-all
 * {@code ProblemAdvice}, which would answer it as an internal error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AdminProblems {

    @ExceptionHandler(AdminRefused.class)
    ResponseEntity<ProblemDetail> refused(AdminRefused refusal, HttpServletRequest request) {
        AdminProblem code = refusal.problem();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), refusal.getMessage());
        problem.setType(URI.create("/problems/" + code.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(code.title());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code.name());
        return ResponseEntity.status(code.status()).body(problem);
    }
}
