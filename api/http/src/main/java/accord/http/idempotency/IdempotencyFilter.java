package accord.http.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import accord.http.platform.BufferedBodyRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Collections;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@code Idempotency-Key} on the command endpoints ({@code POST /agreements} and
 * {@code POST /agreements/{id}/<action>}). It runs after authentication, since keys belong to a
 * principal. The first request with a key claims it and runs; its answer is stored, and a retry with
 * the same key and the same request gets that answer again, with {@code Idempotency-Replayed: true},
 * without running. Not stored (the key is released, so a retry runs): 5xx answers, and a 409
 * CONCURRENT_MODIFICATION, whose whole point is "try again". The same key on another request is 422
 * IDEMPOTENCY_KEY_REUSED; while the first is still running, 409 IDEMPOTENCY_KEY_IN_USE with
 * {@code Retry-After}, as the draft prescribes, rather than holding a thread and a connection waiting.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    /** Set on answers given again from the store. */
    static final String REPLAYED = "Idempotency-Replayed";

    private static final Pattern COMMAND_PATH = Pattern.compile("/agreements(/[^/]+/[^/]+)?/?");

    private final IdempotencyStore store;
    private final HandlerExceptionResolver problems;
    private final ObjectMapper json;

    IdempotencyFilter(IdempotencyStore store, HandlerExceptionResolver problems, ObjectMapper json) {
        this.store = store;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !COMMAND_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()
                || request.getHeader(IdempotencyKey.HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            chain.doFilter(request, response); // the endpoint refuses anonymous requests itself
            return;
        }
        String key;
        try {
            key = IdempotencyKey.parse(Collections.list(request.getHeaders(IdempotencyKey.HEADER)));
        } catch (IdempotencyRefused invalid) {
            problems.resolveException(request, response, null, invalid);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String fingerprint = RequestFingerprint.of(request.getMethod(), request.getRequestURI(), body);
        Claim claim = store.claim(principal.getName(), key, fingerprint);
        if (claim instanceof Claim.Answered answered) {
            replay(answered.answer(), response);
        } else if (claim instanceof Claim.Reused) {
            problems.resolveException(request, response, null, new IdempotencyRefused(
                    IdempotencyProblem.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used for another request"
                    + " (another path or body). Nothing was recorded; send a new key for a new request."));
        } else if (claim instanceof Claim.InUse) {
            problems.resolveException(request, response, null, new IdempotencyRefused(
                    IdempotencyProblem.IDEMPOTENCY_KEY_IN_USE, "A request with this Idempotency-Key is still being"
                    + " handled. Nothing was recorded by this one; retry shortly to get its answer.", Duration.ofSeconds(1)));
        } else if (claim instanceof Claim.Granted granted) {
            run(new BufferedBodyRequest(request, body), response, chain, principal.getName(), key, granted.token());
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String principal,
            String key, String token) throws ServletException, IOException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            IdempotentCommit.hold(new IdempotentCommit.Held(principal, key, token));
            try {
                chain.doFilter(request, captured);
            } finally {
                IdempotentCommit.release();
            }
            byte[] body = captured.getContentAsByteArray();
            if (worthReplaying(captured.getStatus(), body)) {
                store.answer(principal, key, token, new StoredAnswer(captured.getStatus(), captured.getContentType(),
                        captured.getHeader(HttpHeaders.ETAG), captured.getHeader(HttpHeaders.LOCATION), body));
                stored = true;
            }
        } finally {
            try {
                if (!stored) {
                    store.release(principal, key, token);
                }
            } finally {
                captured.copyBodyToResponse();
            }
        }
    }

    private boolean worthReplaying(int status, byte[] body) {
        if (status >= 500 || status == 401 || status == 403 || status == 429) {
            return false;
        }
        if (status == 409) {
            try {
                JsonNode problem = json.readTree(body);
                return !"CONCURRENT_MODIFICATION".equals(problem.path("code").asText());
            } catch (IOException notJson) {
                return false;
            }
        }
        return true;
    }

    private static void replay(StoredAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, answer.etag());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        response.setHeader(REPLAYED, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
