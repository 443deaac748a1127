package accord.messages.refusals;

/** The broad reason behind a refusal; the HTTP edge maps it to a status code. */
public enum RefusalKind {
    /** The agreement (or something it names) does not exist: HTTP 404. */
    NOT_FOUND,
    /** The command clashes with the agreement's current state: HTTP 409. */
    CONFLICT,
    /** The command is well-formed but breaks a rule of the domain: HTTP 422. */
    UNPROCESSABLE,
    /** The command was sent on condition that the agreement is at a version, and it is not: HTTP 412. */
    PRECONDITION_FAILED
}
