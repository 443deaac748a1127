package accord.http.problems;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A request the HTTP edge refuses with a coded problem. {@link ProblemAdvice} answers every one, from
 * any controller, as problem details: the code's status, type and title, this exception's message as
 * {@code detail}, the request path as {@code instance}, the {@code code}, then the further members in
 * their order. Subclasses name a refusal of one area and take only that area's codes.
 */
public class Refused extends RuntimeException {

    private final ProblemType problem;
    private final Map<String, Object> members;
    private final Duration retryAfter;

    /**
     * @param problem the problem's code
     * @param detail  what is wrong and what to do about it, for a person
     */
    public Refused(ProblemType problem, String detail) {
        this(problem, detail, Map.of());
    }

    /**
     * @param problem the problem's code
     * @param detail  what is wrong and what to do about it, for a person
     * @param members further members of the problem, answered in this map's order
     */
    public Refused(ProblemType problem, String detail, Map<String, ?> members) {
        this(problem, detail, members, null);
    }

    /**
     * @param problem    the problem's code
     * @param detail     what is wrong and what to do about it, for a person
     * @param members    further members of the problem, answered in this map's order
     * @param retryAfter when the client may try again, sent as {@code Retry-After}; null when it need not wait
     */
    protected Refused(ProblemType problem, String detail, Map<String, ?> members, Duration retryAfter) {
        super(detail, null, false, false);
        this.problem = problem;
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        this.retryAfter = retryAfter;
    }

    /** @return the problem's code */
    public ProblemType problem() {
        return problem;
    }

    /** @return further members of the problem, in the order they are answered */
    public Map<String, Object> members() {
        return members;
    }

    /** @return when the client may try again, or empty when it need not wait */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
