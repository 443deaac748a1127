package accord.http.agreements;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id: the client's {@value #HEADER} header when it is a
 * plausible id (letters, digits and {@code . _ : -}, at most 128 characters), otherwise a new
 * UUID. The id is echoed in the response header of every answer, problems included, and is in
 * the logging context ({@value #LOG_KEY}) while the request is handled, so every log line it causes
 * carries it ({@code logging.pattern.correlation}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {

    /** The request and response header. */
    public static final String HEADER = "X-Correlation-Id";

    /** The logging context (MDC) key of the request's correlation id. */
    public static final String LOG_KEY = "correlationId";

    private static final String ATTRIBUTE = CorrelationIdFilter.class.getName();
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = correlationIdOf(request);
        response.setHeader(HEADER, id);
        try (MDC.MDCCloseable logged = MDC.putCloseable(LOG_KEY, id)) {
            chain.doFilter(request, response);
        }
    }

    /** @return the request's correlation id, chosen once per request */
    public static String correlationIdOf(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof String id) {
            return id;
        }
        String sent = request.getHeader(HEADER);
        String id = sent != null && PLAUSIBLE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }
}
