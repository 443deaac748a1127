package accord.messages.agreement;

/**
 * Where an agreement stands in its lifecycle.
 *
 * <pre>
 * PROPOSED → SCHEDULED → SIGNED → IN_IMPLEMENTATION
 * any live status → SUSPENDED → back to the status it had
 * any live or suspended status → TERMINATED | EXPIRED | SUPERSEDED (ended, final)
 * </pre>
 * An MoU may be recorded directly as SIGNED.
 */
public enum AgreementStatus {
    /** Proposed or under negotiation; not yet signed. */
    PROPOSED,
    /** A signing date is scheduled. */
    SCHEDULED,
    /** Signed; nothing implemented yet. */
    SIGNED,
    /** Signed, and the first implementation milestone (task force, site, capacity) happened. */
    IN_IMPLEMENTATION,
    /** Suspended; resuming returns it to the status it had before. */
    SUSPENDED,
    /** Ended by termination. Final. */
    TERMINATED,
    /** Ended because its term ran out. Final. */
    EXPIRED,
    /** Ended because another agreement replaced it. Final. */
    SUPERSEDED;

    /** @return true when the agreement has ended and its status can no longer change */
    public boolean hasEnded() {
        return this == TERMINATED || this == EXPIRED || this == SUPERSEDED;
    }

    /** @return true when the agreement has been signed and has not ended */
    public boolean isSigned() {
        return this == SIGNED || this == IN_IMPLEMENTATION;
    }

    /** @return true for PROPOSED and SCHEDULED: the statuses from which a signing is possible */
    public boolean awaitsSigning() {
        return this == PROPOSED || this == SCHEDULED;
    }
}
