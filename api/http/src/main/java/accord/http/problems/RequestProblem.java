package accord.http.problems;

import org.springframework.http.HttpStatus;

/**
 * Codes of the problems the HTTP edge finds before any command is sent. Refusals of the domain
 * use {@link accord.messages.refusals.ErrorCode} instead. Clients may rely on the codes.
 */
public enum RequestProblem implements ProblemType {
    /** The request itself cannot be read: its path, a header or its framing is malformed or too large. */
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "Malformed request"),
    /** One or more fields are invalid; {@code errors} lists every one. */
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "Invalid request"),
    /** The body is not JSON, is empty, or is not a JSON object. */
    MALFORMED_JSON(HttpStatus.BAD_REQUEST, "Malformed JSON"),
    /** The body has a field the request does not know. */
    UNKNOWN_FIELD(HttpStatus.BAD_REQUEST, "Unknown field"),
    /** The If-Match header is neither {@code *} nor one strong ETag of a version, such as {@code "3"}. */
    INVALID_IF_MATCH(HttpStatus.BAD_REQUEST, "Invalid If-Match"),
    /** The agreement id in the path is not a URL-safe slug. */
    INVALID_AGREEMENT_ID(HttpStatus.BAD_REQUEST, "Invalid agreement id"),
    /** The body is not sent as application/json. */
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    /** The client accepts no media type the answer can be written in. */
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    /** The path exists but not with this HTTP method. */
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    /** Nothing is served at this path. */
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    /** The request is too large. */
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large"),
    /** The service is briefly unable to answer. */
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable"),
    /**
     * The database cannot be reached: the answer carries {@code Retry-After}, and on a command
     * {@code outcome}, {@code NOT_RECORDED} or {@code UNKNOWN} ({@link DatabaseFailures}).
     */
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable"),
    /** Something went wrong inside the service; nothing about it is disclosed. */
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private final HttpStatus status;
    private final String title;

    RequestProblem(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
