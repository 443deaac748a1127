package accord.http.problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the requests Spring Security's firewall rejects (a method other than GET, HEAD, POST, PUT,
 * PATCH, DELETE and OPTIONS; {@code ..}, {@code //}, {@code ;}, {@code %25} or a backslash in the path;
 * a control character in a header) with a 400 MALFORMED_REQUEST problem. Spring Security's default
 * sends a bare 400 whose error dispatch the firewall rejects again, so it would have no body.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private final ObjectMapper objectMapper;

    RejectedRequests(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        ProblemDetail problem = Problems.of(RequestProblem.MALFORMED_REQUEST,
                "The request was refused before it was read: its method, path or headers are not allowed. Use GET, "
                        + "POST or DELETE, a path without '..', '//', ';', '%25' or a backslash, and headers without control characters.",
                null);
        response.resetBuffer();
        response.setStatus(RequestProblem.MALFORMED_REQUEST.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
