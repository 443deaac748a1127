package accord.query.agreement;

import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.AgreementStatus;
import accord.messages.events.AgreementAmended;
import accord.messages.events.AgreementEvent;
import accord.messages.events.AgreementExpired;
import accord.messages.events.AgreementProposed;
import accord.messages.events.AgreementResumed;
import accord.messages.events.AgreementSigned;
import accord.messages.events.AgreementSuperseded;
import accord.messages.events.AgreementSuspended;
import accord.messages.events.AgreementTerminated;
import accord.messages.events.AgreementsLinked;
import accord.messages.events.CapacityAnnounced;
import accord.messages.events.CommitmentRecorded;
import accord.messages.events.ImplementationStarted;
import accord.messages.events.MilestoneRecorded;
import accord.messages.events.MoUSigned;
import accord.messages.events.RecordCorrected;
import accord.messages.events.ScopeAreasAdded;
import accord.messages.events.SigningScheduled;
import accord.messages.events.SiteAnnounced;
import accord.messages.events.StatementRecorded;
import accord.messages.events.TaskForceFormed;
import accord.messages.queries.AgreementState;
import accord.messages.queries.Amendment;
import accord.messages.queries.Capacity;
import accord.messages.queries.Commitment;
import accord.messages.queries.Link;
import accord.messages.queries.Milestone;
import accord.messages.queries.Site;
import accord.messages.queries.Statement;
import accord.messages.queries.StatusChange;
import accord.messages.queries.TaskForce;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one event changes an agreement's state. A pure function: the same state and event always
 * give the same result, nothing is read or written elsewhere, and the given state is never
 * modified. The current-state projection folds every event through it; views of an agreement at
 * a past version, recording instant or world date can fold a prefix of the same events.
 */
public final class AgreementEvolution {

    private AgreementEvolution() {
    }

    /**
     * Applies one event.
     *
     * @param state the state before the event, or null when the agreement has no state yet
     * @param event the event
     * @param version the event's sequence number in the agreement's stream
     * @param position the event's ledger position (gap-free, in commit order)
     * @param recordedAt when the event was recorded (its timestamp)
     * @return the state after the event, with version and lastRecordedAt taken from the event;
     *     every list in it is unmodifiable
     */
    public static AgreementState evolve(AgreementState state, AgreementEvent event, long version, long position,
                                        Instant recordedAt) {
        // A stream that does not start with a creating event is never refused here: a stored event must always load.
        AgreementDraft draft = state == null ? AgreementDraft.empty(event.agreementId()) : AgreementDraft.of(state);
        apply(draft, event, version, position);
        AgreementDraft.addDistinct(draft.sources, event.sources());
        draft.version = version;
        draft.lastRecordedAt = recordedAt;
        return draft.toState();
    }

    /**
     * Folds an agreement's events into its state, each corrected event replaced by the replacement
     * its latest correction gives, or dropped when that correction withdraws it. A replaced event
     * keeps its own version and position, so its facts keep their place.
     *
     * @param events the events to fold, in version order
     * @param corrections the corrections to apply, in version order; they need not be among the events
     * @param replacements reads a correction's replacement as an event of the corrected type
     * @return the state, or null when nothing was folded
     */
    public static AgreementState fold(List<RecordedEvent> events, List<RecordedEvent> corrections,
                                      Replacements replacements) {
        Map<Long, RecordCorrected> latestCorrection = new HashMap<>();
        for (RecordedEvent recorded : corrections) {
            if (recorded.event() instanceof RecordCorrected correction) {
                latestCorrection.put(correction.correctsVersion(), correction);
            }
        }
        AgreementState state = null;
        for (RecordedEvent recorded : events) {
            AgreementEvent event = recorded.event();
            RecordCorrected correction = latestCorrection.get(recorded.version());
            if (correction != null && !(event instanceof RecordCorrected)) {
                if (correction.replacement() == null) {
                    continue;
                }
                event = replacements.replacementOf(correction, event);
            }
            state = evolve(state, event, recorded.version(), recorded.position(), recorded.recordedAt());
        }
        return state;
    }

    private static void apply(AgreementDraft draft, AgreementEvent event, long version, long position) {
        if (event instanceof AgreementProposed proposed) {
            draft.kind = proposed.kind();
            draft.title = proposed.title();
            draft.mergeParties(proposed.parties());
            AgreementDraft.addDistinct(draft.objectives, proposed.objectives());
            draft.termYears = proposed.termYears();
            draft.proposedOn = proposed.occurredOn();
            draft.enter(AgreementStatus.PROPOSED, null, proposed.occurredOn(), version, position);
        } else if (event instanceof SigningScheduled scheduled) {
            draft.scheduledFor = scheduled.scheduledFor();
            draft.place = orKept(scheduled.place(), draft.place);
            draft.nameSignatories(scheduled.signatories());
            draft.enter(AgreementStatus.SCHEDULED, null, scheduled.occurredOn(), version, position);
        } else if (event instanceof MoUSigned signed) {
            signMoU(draft, signed, version, position);
        } else if (event instanceof AgreementSigned signed) {
            draft.nameSignatories(signed.signatories());
            draft.place = orKept(signed.place(), draft.place);
            draft.signedOn = signed.occurredOn();
            draft.enter(AgreementStatus.SIGNED, null, signed.occurredOn(), version, position);
        } else if (event instanceof ImplementationStarted started) {
            draft.enter(AgreementStatus.IN_IMPLEMENTATION, null, started.occurredOn(), version, position);
        } else if (event instanceof AgreementSuspended suspended) {
            draft.enter(AgreementStatus.SUSPENDED, suspended.reason(), suspended.occurredOn(), version, position);
        } else if (event instanceof AgreementResumed resumed) {
            draft.enter(orKept(resumed.resumedStatus(), statusBeforeSuspension(draft.statusHistory)),
                    resumed.reason(), resumed.occurredOn(), version, position);
        } else if (event instanceof AgreementTerminated terminated) {
            draft.enter(AgreementStatus.TERMINATED, terminated.reason(), terminated.occurredOn(), version, position);
        } else if (event instanceof AgreementExpired expired) {
            draft.enter(AgreementStatus.EXPIRED, expired.reason(), expired.occurredOn(), version, position);
        } else if (event instanceof AgreementSuperseded superseded) {
            draft.enter(AgreementStatus.SUPERSEDED, supersessionReason(superseded), superseded.occurredOn(), version, position);
        } else {
            recordFact(draft, event, version, position);
        }
    }

    private static void signMoU(AgreementDraft draft, MoUSigned signed, long version, long position) {
        draft.kind = orKept(draft.kind, AgreementKind.MOU);
        draft.title = orKept(signed.title(), draft.title);
        draft.mergeParties(signed.parties());
        draft.nameSignatories(signed.signatories());
        draft.place = orKept(signed.place(), draft.place);
        AgreementDraft.addDistinct(draft.objectives, signed.objectives());
        draft.termYears = orKept(signed.termYears(), draft.termYears);
        draft.signedOn = signed.occurredOn();
        draft.enter(AgreementStatus.SIGNED, null, signed.occurredOn(), version, position);
    }

    private static void recordFact(AgreementDraft draft, AgreementEvent event, long version, long position) {
        if (event instanceof TaskForceFormed formed) {
            draft.taskForces.add(new TaskForce(formed.name(), AgreementDraft.frozen(formed.members()), formed.mandate(),
                    formed.occurredOn(), version, position));
        } else if (event instanceof SiteAnnounced site) {
            draft.sites.add(new Site(site.name(), site.location(), site.countryCode(), site.occurredOn(), version, position));
        } else if (event instanceof CapacityAnnounced capacity) {
            draft.capacities.add(new Capacity(capacity.amount(), capacity.unit(), capacity.description(),
                    capacity.occurredOn(), version, position));
        } else if (event instanceof ScopeAreasAdded added) {
            AgreementDraft.addDistinct(draft.scopeAreas, added.areas());
        } else if (event instanceof CommitmentRecorded commitment) {
            draft.commitments.add(new Commitment(commitment.party(), commitment.description(),
                    commitment.occurredOn(), version, position));
        } else if (event instanceof StatementRecorded statement) {
            draft.statements.add(new Statement(statement.speaker(), statement.party(), statement.text(),
                    statement.occurredOn(), version, position));
        } else if (event instanceof MilestoneRecorded milestone) {
            draft.milestones.add(new Milestone(milestone.label(), milestone.description(), milestone.occurredOn(),
                    version, position));
        } else if (event instanceof AgreementsLinked linked) {
            draft.links.add(new Link(linked.relatedAgreementId(), linked.relation(), linked.note(),
                    linked.occurredOn(), version, position));
        } else if (event instanceof AgreementAmended amended) {
            draft.amendments.add(new Amendment(amended.summary(), amended.occurredOn(), version, position));
        } else if (!(event instanceof RecordCorrected)) {
            throw new IllegalArgumentException("No evolution for " + event.getClass().getName());
        }
    }

    private static AgreementStatus statusBeforeSuspension(List<StatusChange> history) {
        for (int i = history.size() - 1; i > 0; i--) {
            if (history.get(i).status() == AgreementStatus.SUSPENDED) {
                return history.get(i - 1).status();
            }
        }
        return null;
    }

    // The state has no field for the successor, so the status change names it.
    private static String supersessionReason(AgreementSuperseded superseded) {
        String reason = superseded.reason();
        if (superseded.supersededBy() == null) {
            return reason;
        }
        String successor = "superseded by " + superseded.supersededBy();
        return reason == null || reason.isBlank() ? successor : reason + " (" + successor + ")";
    }

    private static <T> T orKept(T given, T kept) {
        return given != null ? given : kept;
    }
}
