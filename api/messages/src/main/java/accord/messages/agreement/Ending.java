package accord.messages.agreement;

/** How an agreement ended. */
public enum Ending {
    /** Terminated by one or more parties. */
    TERMINATED,
    /** Ran out, for example at the end of its term. */
    EXPIRED,
    /** Replaced by another agreement. */
    SUPERSEDED
}
