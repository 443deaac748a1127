package accord.query.agreement;

import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.AgreementStatus;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Party;
import accord.messages.agreement.Signatory;
import accord.messages.agreement.Source;
import accord.messages.queries.AgreementState;
import accord.messages.queries.Amendment;
import accord.messages.queries.Capacity;
import accord.messages.queries.Commitment;
import accord.messages.queries.InboundLink;
import accord.messages.queries.Link;
import accord.messages.queries.Milestone;
import accord.messages.queries.Site;
import accord.messages.queries.Statement;
import accord.messages.queries.StatusChange;
import accord.messages.queries.TaskForce;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A mutable working copy of one {@link AgreementState}, alive only while one event is applied.
 * Every list it hands back in {@link #toState()} is an unmodifiable copy.
 */
final class AgreementDraft {

    String agreementId;
    AgreementKind kind;
    String title;
    AgreementStatus status;
    final List<Party> parties;
    List<Signatory> signatories;
    String place;
    OccurredOn proposedOn;
    OccurredOn scheduledFor;
    OccurredOn signedOn;
    final List<String> objectives;
    Integer termYears;
    final List<String> scopeAreas;
    final List<Commitment> commitments;
    final List<TaskForce> taskForces;
    final List<Site> sites;
    final List<Capacity> capacities;
    final List<Statement> statements;
    final List<Milestone> milestones;
    final List<Link> links;
    final List<InboundLink> linkedFrom;
    final List<Amendment> amendments;
    final List<StatusChange> statusHistory;
    final List<Source> sources;
    long version;
    Instant lastRecordedAt;

    private AgreementDraft(AgreementState state) {
        agreementId = state.agreementId();
        kind = state.kind();
        title = state.title();
        status = state.status();
        parties = mutable(state.parties());
        signatories = mutable(state.signatories());
        place = state.place();
        proposedOn = state.proposedOn();
        scheduledFor = state.scheduledFor();
        signedOn = state.signedOn();
        objectives = mutable(state.objectives());
        termYears = state.termYears();
        scopeAreas = mutable(state.scopeAreas());
        commitments = mutable(state.commitments());
        taskForces = mutable(state.taskForces());
        sites = mutable(state.sites());
        capacities = mutable(state.capacities());
        statements = mutable(state.statements());
        milestones = mutable(state.milestones());
        links = mutable(state.links());
        linkedFrom = mutable(state.linkedFrom());
        amendments = mutable(state.amendments());
        statusHistory = mutable(state.statusHistory());
        sources = mutable(state.sources());
        version = state.version();
        lastRecordedAt = state.lastRecordedAt();
    }

    static AgreementDraft of(AgreementState state) {
        return new AgreementDraft(state);
    }

    static AgreementDraft empty(String agreementId) {
        return new AgreementDraft(new AgreementState(agreementId, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 0, null));
    }

    void enter(AgreementStatus newStatus, String reason, OccurredOn occurredOn, long atVersion, long atPosition) {
        status = newStatus;
        statusHistory.add(new StatusChange(newStatus, reason, occurredOn, atVersion, atPosition));
    }

    /** Adds parties not yet known and completes known ones (same code) with what the newcomer says. */
    void mergeParties(Collection<Party> newcomers) {
        for (Party newcomer : nonNull(newcomers)) {
            int known = indexOfParty(newcomer.code());
            if (known < 0) {
                parties.add(newcomer);
            } else {
                Party party = parties.get(known);
                parties.set(known, new Party(party.code(),
                        Objects.requireNonNullElse(newcomer.kind(), party.kind()),
                        Objects.requireNonNullElse(newcomer.name(), party.name()),
                        Objects.requireNonNullElse(newcomer.role(), party.role())));
            }
        }
    }

    /** The signatories named last win: the people who signed replace those who were to sign. */
    void nameSignatories(Collection<Signatory> named) {
        if (named != null && !named.isEmpty()) {
            signatories = new ArrayList<>(named);
        }
    }

    static <T> void addDistinct(List<T> list, Collection<T> additions) {
        for (T addition : nonNull(additions)) {
            if (!list.contains(addition)) {
                list.add(addition);
            }
        }
    }

    AgreementState toState() {
        return new AgreementState(agreementId, kind, title, status, frozen(parties), frozen(signatories), place,
                proposedOn, scheduledFor, signedOn, frozen(objectives), termYears, frozen(scopeAreas),
                frozen(commitments), frozen(taskForces.stream().map(AgreementDraft::frozen).toList()), frozen(sites), frozen(capacities), frozen(statements),
                frozen(milestones), frozen(links), frozen(linkedFrom), frozen(amendments), frozen(statusHistory), frozen(sources),
                version, lastRecordedAt);
    }

    private static TaskForce frozen(TaskForce taskForce) {
        return new TaskForce(taskForce.name(), frozen(taskForce.members()), taskForce.mandate(),
                taskForce.occurredOn(), taskForce.version(), taskForce.position());
    }

    private int indexOfParty(String code) {
        if (code == null) {
            return -1;
        }
        for (int i = 0; i < parties.size(); i++) {
            if (code.equals(parties.get(i).code())) {
                return i;
            }
        }
        return -1;
    }

    static <T> Collection<T> nonNull(Collection<T> collection) {
        return collection == null ? List.of() : collection;
    }

    private static <T> List<T> mutable(List<T> list) {
        return new ArrayList<>(nonNull(list));
    }

    // Events never validate, so a stored list may hold nulls, which List.copyOf would refuse.
    static <T> List<T> frozen(Collection<T> list) {
        return Collections.unmodifiableList(new ArrayList<>(nonNull(list)));
    }
}
