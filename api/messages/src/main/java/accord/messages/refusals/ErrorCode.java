package accord.messages.refusals;

/**
 * The stable codes of every refusal. Clients may rely on them: a code is never renamed or
 * reused for another meaning.
 */
public enum ErrorCode {
    /** No agreement has this id. */
    UNKNOWN_AGREEMENT(RefusalKind.NOT_FOUND),
    /** An agreement with this id already exists. */
    AGREEMENT_ALREADY_EXISTS(RefusalKind.CONFLICT),
    /** The agreement is already signed. */
    ALREADY_SIGNED(RefusalKind.CONFLICT),
    /** The command needs a signed agreement and this one is not signed yet. */
    NOT_YET_SIGNED(RefusalKind.CONFLICT),
    /** The agreement was terminated; it takes no further changes. */
    AGREEMENT_TERMINATED(RefusalKind.CONFLICT),
    /** The agreement expired; it takes no further changes. */
    AGREEMENT_EXPIRED(RefusalKind.CONFLICT),
    /** The agreement was superseded; it takes no further changes. */
    AGREEMENT_SUPERSEDED(RefusalKind.CONFLICT),
    /** The agreement is suspended; resume it first. */
    AGREEMENT_SUSPENDED(RefusalKind.CONFLICT),
    /** The agreement is already suspended. */
    ALREADY_SUSPENDED(RefusalKind.CONFLICT),
    /** Only a suspended agreement can be resumed. */
    NOT_SUSPENDED(RefusalKind.CONFLICT),
    /** A site was already announced; record an amendment before announcing another. */
    SITE_ALREADY_ANNOUNCED(RefusalKind.CONFLICT),
    /** A capacity was already announced; record an amendment before announcing another. */
    CAPACITY_ALREADY_ANNOUNCED(RefusalKind.CONFLICT),
    /** A task force with this name was already formed for the agreement. */
    TASK_FORCE_ALREADY_FORMED(RefusalKind.CONFLICT),
    /** Every area named is already in the agreement's scope. */
    SCOPE_AREAS_ALREADY_PRESENT(RefusalKind.CONFLICT),
    /** The agreements are already linked with this relation. */
    ALREADY_LINKED(RefusalKind.CONFLICT),
    /** Someone else changed the agreement at the same moment; read it again and retry. */
    CONCURRENT_MODIFICATION(RefusalKind.CONFLICT),
    /**
     * The command expected the agreement at another version (or to exist) than it is: someone recorded
     * something since the clerk last read it. Read it again, then decide. See {@link VersionMismatch}.
     */
    VERSION_MISMATCH(RefusalKind.PRECONDITION_FAILED),
    /** A signatory represents no party of the agreement. */
    SIGNATORY_NOT_A_PARTY(RefusalKind.UNPROCESSABLE),
    /** A party code named in the command is not a party of the agreement. */
    PARTY_NOT_IN_AGREEMENT(RefusalKind.UNPROCESSABLE),
    /** The same party code appears twice. */
    DUPLICATE_PARTY(RefusalKind.UNPROCESSABLE),
    /** The fact is dated before the agreement was proposed. */
    DATE_BEFORE_PROPOSAL(RefusalKind.UNPROCESSABLE),
    /** The command does not fit this kind of agreement, for example sign-mou on a deal. */
    WRONG_AGREEMENT_KIND(RefusalKind.UNPROCESSABLE),
    /** An agreement cannot be linked to itself. */
    CANNOT_LINK_TO_ITSELF(RefusalKind.UNPROCESSABLE),
    /** The agreement has no event with the version named. */
    UNKNOWN_EVENT_VERSION(RefusalKind.UNPROCESSABLE),
    /** A correction cannot itself be corrected; correct the original event again instead. */
    CANNOT_CORRECT_CORRECTION(RefusalKind.UNPROCESSABLE),
    /** The event that created the agreement cannot be withdrawn, only replaced. */
    CANNOT_WITHDRAW_CREATION(RefusalKind.UNPROCESSABLE),
    /** Ending an agreement as superseded needs the id of the agreement that supersedes it. */
    SUPERSEDING_AGREEMENT_REQUIRED(RefusalKind.UNPROCESSABLE),
    /** The command cites no source. */
    SOURCE_REQUIRED(RefusalKind.UNPROCESSABLE),
    /** A required value is missing. */
    VALUE_REQUIRED(RefusalKind.UNPROCESSABLE),
    /** The world date is not a real date at its precision. */
    INVALID_OCCURRED_ON(RefusalKind.UNPROCESSABLE);

    private final RefusalKind kind;

    ErrorCode(RefusalKind kind) {
        this.kind = kind;
    }

    /** @return the broad reason, which decides the HTTP status */
    public RefusalKind kind() {
        return kind;
    }
}
