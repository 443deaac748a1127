package accord.http.admin;

import accord.http.problems.ProblemType;
import org.springframework.http.HttpStatus;

/** Codes of the problems the operating endpoints answer with. Clients may rely on the codes. */
public enum AdminProblem implements ProblemType {
    /** No event processor has this name. */
    UNKNOWN_PROCESSOR(HttpStatus.NOT_FOUND, "Unknown processor"),
    /** The processor's processing group keeps no dead-letter queue. */
    NO_DEAD_LETTER_QUEUE(HttpStatus.NOT_FOUND, "No dead-letter queue"),
    /** The processor's dead-letter queue holds no sequence with this identifier. */
    UNKNOWN_DEAD_LETTER_SEQUENCE(HttpStatus.NOT_FOUND, "Unknown dead-letter sequence"),
    /** The processor is being rebuilt already. */
    REBUILD_IN_PROGRESS(HttpStatus.CONFLICT, "Rebuild in progress"),
    /** The processor cannot be rebuilt: it does not stream events, or its handlers refuse replays. */
    REBUILD_NOT_SUPPORTED(HttpStatus.CONFLICT, "Rebuild not supported"),
    /** A ledger self-audit is running already. */
    AUDIT_IN_PROGRESS(HttpStatus.CONFLICT, "Audit in progress"),
    /** The ledger has not been audited since the service started. */
    NO_AUDIT_YET(HttpStatus.NOT_FOUND, "No audit yet");

    private final HttpStatus status;
    private final String title;

    AdminProblem(HttpStatus status, String title) {
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
