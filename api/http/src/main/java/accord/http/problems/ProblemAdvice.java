package accord.http.problems;

import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.VersionMismatch;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failure as problem details with a stable code: refusals of the domain with their
 * {@link accord.messages.refusals.ErrorCode} (NOT_FOUND 404, CONFLICT 409, UNPROCESSABLE 422,
 * PRECONDITION_FAILED 412 with the agreement's {@code currentVersion} and its {@code ETag}),
 * invalid requests with a {@link RequestProblem} and every wrong field, every other {@link Refused}
 * with its {@link ProblemType} (the operating, webhook and catalogue problems), the database out of reach
 * with 503 DATABASE_UNAVAILABLE and {@code Retry-After} ({@link DatabaseFailures}), anything unexpected
 * with INTERNAL_ERROR and no detail of the cause.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    private final Duration databaseRetryAfter;

    /** @param databaseRetryAfter the Retry-After of a 503 DATABASE_UNAVAILABLE ({@code accord.http.database-retry-after}) */
    ProblemAdvice(@Value("${accord.http.database-retry-after:5s}") Duration databaseRetryAfter) {
        this.databaseRetryAfter = databaseRetryAfter;
    }

    @ExceptionHandler(AgreementRefused.class)
    ResponseEntity<Object> refused(AgreementRefused refusal, HttpServletRequest request) {
        String code = refusal.code().name();
        ProblemDetail problem = Problems.of(Refusals.statusOf(refusal), code, Refusals.titleOf(refusal),
                refusal.getMessage(), request);
        if (refusal instanceof VersionMismatch mismatch && mismatch.currentVersion() != null) {
            problem.setProperty("currentVersion", mismatch.currentVersion());
            return ResponseEntity.status(problem.getStatus()).eTag(Long.toString(mismatch.currentVersion())).body(problem);
        }
        return answer(problem);
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<Object> refusedAtTheEdge(Refused refusal, HttpServletRequest request) {
        ProblemDetail problem = problemOf(refusal, request);
        return refusal.retryAfter()
                .<ResponseEntity<Object>>map(wait -> ResponseEntity.status(problem.getStatus())
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds()))).body(problem))
                .orElseGet(() -> answer(problem));
    }

    /**
     * Spring Security's firewall checks a header only when something reads it, so a header value
     * with a control character (in {@code If-Match} or {@code Idempotency-Key}, say) is refused
     * while a handler runs, not in the filter chain.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException rejection, HttpServletRequest request) {
        RequestProblem code = RequestProblem.MALFORMED_REQUEST;
        return answer(Problems.of(code.status(), code.name(), code.title(),
                "The request has a header, path or parameter that the service refuses to read: "
                        + "a control character, an encoded slash or a malformed name. Send it without them.",
                request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception failure, HttpServletRequest request) throws Exception {
        if (failure instanceof AccessDeniedException || failure instanceof AuthenticationException) {
            throw failure; // Spring Security answers these with 401 or 403.
        }
        if (DatabaseFailures.isUnavailable(failure)) {
            return refusedAtTheEdge(DatabaseFailures.refusalFor(failure, request.getMethod(), databaseRetryAfter), request);
        }
        LOG.error("Unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), failure);
        return answer(internalError(request));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> all = FieldProblems.of(failure.getBindingResult());
        String detail = FieldProblems.countedIn(all);
        return answer(problemOf(new InvalidRequest(RequestProblem.VALIDATION_FAILED, detail, all), servlet(request)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = failure.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        result.getMethodParameter().getParameterName(), "INVALID_VALUE", error.getDefaultMessage())))
                .toList();
        return answer(problemOf(new InvalidRequest(RequestProblem.VALIDATION_FAILED,
                "The request has invalid parameters; see errors.", errors), servlet(request)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(problemOf(JsonReadProblems.of(failure), servlet(request)));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException failure, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = failure instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName() : String.valueOf(failure.getPropertyName());
        Class<?> type = failure.getRequiredType();
        String expected = type != null && Number.class.isAssignableFrom(type) ? "a whole number in range" : "of another type";
        return answer(problemOf(new InvalidRequest(RequestProblem.VALIDATION_FAILED,
                "The parameter '" + field + "' must be " + expected + ".",
                List.of(new FieldProblem(field, "WRONG_TYPE", "must be " + expected))), servlet(request)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = failure.getParameterName();
        return answer(problemOf(new InvalidRequest(RequestProblem.VALIDATION_FAILED,
                "The parameter '" + field + "' is required.",
                List.of(new FieldProblem(field, "REQUIRED", "is required"))), servlet(request)));
    }

    /** Gives Spring's own problem details (405, 415, 404, ...) a code, a type and the instance. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(failure, body, headers, status, request);
        if (answer == null || !(answer.getBody() instanceof ProblemDetail problem)) {
            return answer;
        }
        if (status.is5xxServerError()) {
            LOG.error("Failure answering {}", request.getDescription(false), failure);
            return ResponseEntity.status(status).headers(answer.getHeaders()).body(internalError(servlet(request)));
        }
        RequestProblem code = switch (status.value()) {
            case 404 -> RequestProblem.NOT_FOUND;
            case 405 -> RequestProblem.METHOD_NOT_ALLOWED;
            case 406 -> RequestProblem.NOT_ACCEPTABLE;
            case 413 -> RequestProblem.PAYLOAD_TOO_LARGE;
            case 415 -> RequestProblem.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> RequestProblem.SERVICE_UNAVAILABLE;
            default -> RequestProblem.VALIDATION_FAILED;
        };
        Problems.decorate(problem, code.name(), code.title(), servlet(request));
        return answer;
    }

    private static ProblemDetail problemOf(Refused refusal, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(refusal.problem(), refusal.getMessage(), request);
        refusal.members().forEach(problem::setProperty);
        return problem;
    }

    private static ProblemDetail internalError(HttpServletRequest request) {
        return Problems.of(RequestProblem.INTERNAL_ERROR,
                "Something went wrong inside the service. It has been logged; try again, and if it persists "
                        + "tell the operators the time and the X-Correlation-Id of the request.", request);
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
    }
}
