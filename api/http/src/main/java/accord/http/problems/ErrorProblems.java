package accord.http.problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers the servlet container's error dispatches as problem details, in place of Spring Boot's
 * JSON or HTML error page: errors sent outside Spring MVC, such as the requests Spring Security's
 * firewall rejects (a {@code ..} or {@code ;} in the path, a control character in a header). Always
 * {@code application/problem+json}, whatever the request accepts.
 */
@Controller
@Hidden
class ErrorProblems implements ErrorController {

    private final ObjectMapper objectMapper;
    private final Duration databaseRetryAfter;

    ErrorProblems(ObjectMapper objectMapper,
            @Value("${accord.http.database-retry-after:5s}") Duration databaseRetryAfter) {
        this.objectMapper = objectMapper;
        this.databaseRetryAfter = databaseRetryAfter;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (thrown instanceof Throwable failure && DatabaseFailures.isUnavailable(failure)) {
            // Thrown by a filter that reads the database (an Idempotency-Key claim, a bearer token).
            unavailable(request, response, failure, request.getMethod());
            return;
        }
        Object sent = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = sent instanceof Integer code ? HttpStatus.resolve(code) : null;
        if (status == null || status.value() < 400) {
            status = HttpStatus.NOT_FOUND;
        }
        RequestProblem problem = switch (status) {
            case NOT_FOUND -> RequestProblem.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> RequestProblem.METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> RequestProblem.NOT_ACCEPTABLE;
            case PAYLOAD_TOO_LARGE -> RequestProblem.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> RequestProblem.UNSUPPORTED_MEDIA_TYPE;
            case SERVICE_UNAVAILABLE -> RequestProblem.SERVICE_UNAVAILABLE;
            default -> status.is5xxServerError() ? RequestProblem.INTERNAL_ERROR : RequestProblem.MALFORMED_REQUEST;
        };
        String detail = status.is5xxServerError()
                ? "Something went wrong inside the service. It has been logged; try again."
                : status == HttpStatus.NOT_FOUND ? "Nothing is served at this path."
                : "The request was refused before it was read: check its path and headers.";
        ProblemDetail answer = ProblemDetail.forStatusAndDetail(status, detail);
        Problems.decorate(answer, problem.name(), problem.title(), null);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            try {
                answer.setInstance(URI.create(path));
            } catch (IllegalArgumentException unreadable) {
                // A path that is not a URI is not echoed.
            }
        }
        write(response, status, answer);
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response, Throwable failure, String method)
            throws IOException {
        Refused refusal = DatabaseFailures.refusalFor(failure, method, databaseRetryAfter);
        ProblemDetail answer = ProblemDetail.forStatusAndDetail(refusal.problem().status(), refusal.getMessage());
        Problems.decorate(answer, refusal.problem().name(), refusal.problem().title(), null);
        refusal.members().forEach(answer::setProperty);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            try {
                answer.setInstance(URI.create(path));
            } catch (IllegalArgumentException unreadable) {
                // A path that is not a URI is not echoed.
            }
        }
        if (!response.isCommitted()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, databaseRetryAfter.toSeconds())));
        }
        write(response, refusal.problem().status(), answer);
    }

    private void write(HttpServletResponse response, HttpStatus status, ProblemDetail answer) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), answer);
    }
}
