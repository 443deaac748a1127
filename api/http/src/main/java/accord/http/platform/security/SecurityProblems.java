package accord.http.platform.security;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 401 and 403 as RFC 9457 problem details with a {@code code} a client can test, with the
 * challenges of RFC 9110 and RFC 6750: HTTP Basic and bearer tokens are both accepted.
 */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Accord";

    private final ObjectMapper objectMapper;

    SecurityProblems(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException failure) throws IOException {
        if (failure instanceof InvalidBearerToken) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\", error=\"invalid_token\", "
                    + "error_description=\"The token is unknown, revoked or expired\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "INVALID_TOKEN",
                    "The bearer token is unknown, revoked or expired; ask an administrator for a new one.");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                "Sign in first: send an HTTP Basic Authorization header with the name and password"
                        + " of an Accord user, or an API token as Authorization: Bearer <token>.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException denied) throws IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer realm=\"" + REALM + "\", error=\"insufficient_scope\"");
        }
        write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN",
                "Your user may not do this: recording needs the CLERK role; reading needs CLERK, AUDITOR,"
                        + " INTEGRATOR or ADMIN; webhook subscriptions need INTEGRATOR or ADMIN; operating the service"
                        + " and issuing API tokens need ADMIN (docs/roles.md).");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                       String code, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
