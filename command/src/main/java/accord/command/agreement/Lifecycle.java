package accord.command.agreement;

import accord.messages.agreement.AgreementStatus;
import accord.messages.commands.TerminateAgreement;
import accord.messages.events.AgreementEvent;
import accord.messages.events.AgreementExpired;
import accord.messages.events.AgreementProposed;
import accord.messages.events.AgreementResumed;
import accord.messages.events.AgreementSigned;
import accord.messages.events.AgreementSuperseded;
import accord.messages.events.AgreementSuspended;
import accord.messages.events.AgreementTerminated;
import accord.messages.events.ImplementationStarted;
import accord.messages.events.MoUSigned;
import accord.messages.events.SigningScheduled;
import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Where an agreement stands, and which commands that allows. A member entity of {@link Agreement}:
 * it follows every status-changing event.
 */
class Lifecycle {

    private AgreementStatus status;
    /** The status a suspended agreement returns to; null unless suspended. */
    private AgreementStatus resumesTo;

    AgreementStatus status() {
        return status;
    }

    AgreementStatus resumesTo() {
        return resumesTo;
    }

    @EventSourcingHandler
    void on(AgreementProposed event) {
        status = AgreementStatus.PROPOSED;
    }

    @EventSourcingHandler
    void on(MoUSigned event) {
        status = AgreementStatus.SIGNED;
    }

    @EventSourcingHandler
    void on(SigningScheduled event) {
        status = AgreementStatus.SCHEDULED;
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        status = AgreementStatus.SIGNED;
    }

    @EventSourcingHandler
    void on(ImplementationStarted event) {
        status = AgreementStatus.IN_IMPLEMENTATION;
    }

    @EventSourcingHandler
    void on(AgreementSuspended event) {
        resumesTo = status;
        status = AgreementStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(AgreementResumed event) {
        status = event.resumedStatus();
        resumesTo = null;
    }

    @EventSourcingHandler
    void on(AgreementTerminated event) {
        status = AgreementStatus.TERMINATED;
    }

    @EventSourcingHandler
    void on(AgreementExpired event) {
        status = AgreementStatus.EXPIRED;
    }

    @EventSourcingHandler
    void on(AgreementSuperseded event) {
        status = AgreementStatus.SUPERSEDED;
    }

    /** @return the event that records how the agreement ended */
    static AgreementEvent endingOf(TerminateAgreement command) {
        return switch (command.ending()) {
            case TERMINATED -> new AgreementTerminated(command.agreementId(), command.reason(),
                    command.occurredOn(), command.sources());
            case EXPIRED -> new AgreementExpired(command.agreementId(), command.reason(),
                    command.occurredOn(), command.sources());
            case SUPERSEDED -> {
                if (command.supersededBy() == null || command.supersededBy().isBlank()) {
                    throw new AgreementRefused(ErrorCode.SUPERSEDING_AGREEMENT_REQUIRED, "Agreement '"
                            + command.agreementId() + "' cannot end as SUPERSEDED without the id of the"
                            + " agreement that supersedes it; fill in supersededBy.");
                }
                yield new AgreementSuperseded(command.agreementId(), command.supersededBy(), command.reason(),
                        command.occurredOn(), command.sources());
            }
        };
    }

    /** Refuses when the agreement has ended: only statements, links and corrections are recorded after that. */
    void requireNotEnded(String agreementId, String action) {
        if (!status.hasEnded()) {
            return;
        }
        ErrorCode code = switch (status) {
            case TERMINATED -> ErrorCode.AGREEMENT_TERMINATED;
            case EXPIRED -> ErrorCode.AGREEMENT_EXPIRED;
            default -> ErrorCode.AGREEMENT_SUPERSEDED;
        };
        throw new AgreementRefused(code, "Cannot " + action + ": agreement '" + agreementId + "' is "
                + status + " and takes no further changes. You can still record statements, links and"
                + " corrections; if it did not end, correct the record of its ending.");
    }

    /** Refuses when the agreement has ended or is suspended. */
    void requireActive(String agreementId, String action) {
        requireNotEnded(agreementId, action);
        if (status == AgreementStatus.SUSPENDED) {
            throw new AgreementRefused(ErrorCode.AGREEMENT_SUSPENDED, "Cannot " + action + ": agreement '"
                    + agreementId + "' is suspended. Record its resumption (resume) first.");
        }
    }

    /** Refuses unless the agreement is active and signed. */
    void requireSigned(String agreementId, String action) {
        requireActive(agreementId, action);
        if (!status.isSigned()) {
            throw new AgreementRefused(ErrorCode.NOT_YET_SIGNED, "Cannot " + action + ": agreement '"
                    + agreementId + "' is " + status + ", not signed yet. Record its signing first.");
        }
    }

    /** Refuses unless the agreement is active and still awaits its signing (PROPOSED or SCHEDULED). */
    void requireAwaitingSigning(String agreementId, String action) {
        requireActive(agreementId, action);
        if (!status.awaitsSigning()) {
            throw new AgreementRefused(ErrorCode.ALREADY_SIGNED, "Cannot " + action + ": agreement '"
                    + agreementId + "' is already signed (" + status + "). Record an amendment if the"
                    + " signed text changed, or correct the earlier signing if it was recorded wrongly.");
        }
    }

    void requireSuspendable(String agreementId) {
        requireNotEnded(agreementId, "suspend it");
        if (status == AgreementStatus.SUSPENDED) {
            throw new AgreementRefused(ErrorCode.ALREADY_SUSPENDED, "Agreement '" + agreementId
                    + "' is already suspended (it returns to " + resumesTo + " when resumed). Record its"
                    + " resumption first if it was resumed and suspended again.");
        }
    }

    void requireSuspended(String agreementId) {
        requireNotEnded(agreementId, "resume it");
        if (status != AgreementStatus.SUSPENDED) {
            throw new AgreementRefused(ErrorCode.NOT_SUSPENDED, "Agreement '" + agreementId + "' is "
                    + status + ", not suspended, so it cannot be resumed. Record its suspension first if"
                    + " it was suspended.");
        }
    }
}
