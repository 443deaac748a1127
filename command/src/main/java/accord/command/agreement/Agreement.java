package accord.command.agreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.AgreementStatus;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Party;
import accord.messages.commands.AddScopeAreas;
import accord.messages.commands.AgreementCommand;
import accord.messages.commands.AmendAgreement;
import accord.messages.commands.AnnounceCapacity;
import accord.messages.commands.AnnounceSite;
import accord.messages.commands.CorrectRecord;
import accord.messages.commands.FormTaskForce;
import accord.messages.commands.LinkAgreements;
import accord.messages.commands.ProposeAgreement;
import accord.messages.commands.RecordCommitment;
import accord.messages.commands.RecordMilestone;
import accord.messages.commands.RecordStatement;
import accord.messages.commands.ResumeAgreement;
import accord.messages.commands.ScheduleSigning;
import accord.messages.commands.SignAgreement;
import accord.messages.commands.SignMoU;
import accord.messages.commands.SuspendAgreement;
import accord.messages.commands.TerminateAgreement;
import accord.messages.events.AgreementAmended;
import accord.messages.events.AgreementProposed;
import accord.messages.events.AgreementResumed;
import accord.messages.events.AgreementSigned;
import accord.messages.events.AgreementSuspended;
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
import accord.messages.recording.CommandMetadata;
import accord.messages.recording.Recorded;
import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * An agreement as the ledger records it: an event-sourced aggregate that handles every clerk's
 * command, refuses what its rules forbid with a stable code and a sentence, and otherwise
 * records past-tense events. Every accepted command answers with {@link Recorded}.
 */
public class Agreement {

    @AggregateIdentifier
    private String agreementId;
    private AgreementKind kind;
    private OccurredOn firstWorldDate;
    private Parties parties = Parties.NONE;
    @AggregateMember
    private Lifecycle lifecycle = new Lifecycle();
    @AggregateMember
    private Milestones milestones = new Milestones();
    @AggregateMember
    private RecordedEvents recordedEvents = new RecordedEvents();

    /** For Axon, which creates the aggregate empty and then applies its events. */
    protected Agreement() {
    }

    /**
     * Refuses a command sent on condition of a version the agreement is not at (checked on the agreement
     * as loaded for this command, so no other command can come between the check and the append), and
     * answers every accepted command with the agreement's version after it: its last event's sequence number.
     */
    @CommandHandlerInterceptor
    public Object answerWithRecorded(@MetaDataValue(CommandMetadata.EXPECTED_VERSION) String expectedVersion,
                                     InterceptorChain chain) throws Exception {
        ExpectedVersion.check(expectedVersion, exists() ? AggregateLifecycle.getVersion() : null);
        chain.proceed();
        return new Recorded(agreementId, AggregateLifecycle.getVersion());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ProposeAgreement command) {
        if (exists()) {
            throw new AgreementRefused(ErrorCode.AGREEMENT_ALREADY_EXISTS, "An agreement with id '" + agreementId
                    + "' already exists (" + kind + ", " + lifecycle.status() + "). Choose another id, or record"
                    + " what happened to the existing agreement with its own commands.");
        }
        admit(command);
        Required.value(command.kind(), "a kind", command);
        Required.value(command.title(), "a title", command);
        Required.value(command.parties(), "at least one party", command);
        Parties.requireDistinct(command.parties(), command.agreementId());
        apply(new AgreementProposed(command.agreementId(), command.kind(), command.title().strip(),
                List.copyOf(command.parties()), listOrEmpty(command.objectives()), command.termYears(),
                command.occurredOn(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SignMoU command) {
        admit(command);
        List<Party> offered = listOrEmpty(command.parties());
        Parties.requireDistinct(offered, command.agreementId());
        String title = null;
        if (exists()) {
            if (kind != AgreementKind.MOU) {
                throw new AgreementRefused(ErrorCode.WRONG_AGREEMENT_KIND, "Agreement '" + agreementId + "' is a "
                        + kind + ", not a memorandum of understanding. Record its signing with sign-agreement.");
            }
            lifecycle.requireAwaitingSigning(agreementId, "sign the MoU");
        } else {
            Required.value(command.title(), "a title", command);
            Required.value(offered, "its parties", command);
            title = command.title().strip();
        }
        List<Party> newParties = parties.unknownAmong(offered);
        Required.value(command.signatories(), "at least one signatory", command);
        parties.with(newParties).requireRepresentedBy(command.signatories(), command.agreementId());
        apply(new MoUSigned(command.agreementId(), title, newParties, List.copyOf(command.signatories()),
                command.place(), listOrEmpty(command.objectives()), command.termYears(), command.occurredOn(),
                command.sources()));
    }

    @CommandHandler
    public void handle(ScheduleSigning command) {
        admit(command);
        lifecycle.requireAwaitingSigning(agreementId, "schedule its signing");
        WorldDateRules.requireValid(command.scheduledFor(), "scheduledFor", command);
        parties.requireRepresentedBy(listOrEmpty(command.signatories()), agreementId);
        apply(new SigningScheduled(agreementId, command.scheduledFor(), command.place(),
                listOrEmpty(command.signatories()), command.occurredOn(), command.sources()));
    }

    @CommandHandler
    public void handle(SignAgreement command) {
        admit(command);
        lifecycle.requireAwaitingSigning(agreementId, "sign it");
        Required.value(command.signatories(), "at least one signatory", command);
        parties.requireRepresentedBy(command.signatories(), agreementId);
        apply(new AgreementSigned(agreementId, List.copyOf(command.signatories()), command.place(),
                command.occurredOn(), command.sources()));
    }

    @CommandHandler
    public void handle(FormTaskForce command) {
        admit(command);
        lifecycle.requireSigned(agreementId, "form a task force");
        Required.value(command.name(), "the task force's name", command);
        parties.requireListed(listOrEmpty(command.members()), agreementId);
        milestones.taskForces().requireNew(command.name(), agreementId);
        apply(new TaskForceFormed(agreementId, command.name().strip(), listOrEmpty(command.members()),
                command.mandate(), command.occurredOn(), command.sources()));
        startImplementation(command);
    }

    @CommandHandler
    public void handle(AnnounceSite command) {
        admit(command);
        lifecycle.requireSigned(agreementId, "announce a site");
        Required.value(command.name(), "the site's name", command);
        milestones.announcements().requireSiteOpen(agreementId);
        apply(new SiteAnnounced(agreementId, command.name(), command.location(), command.countryCode(),
                command.occurredOn(), command.sources()));
        startImplementation(command);
    }

    @CommandHandler
    public void handle(AnnounceCapacity command) {
        admit(command);
        lifecycle.requireSigned(agreementId, "announce a capacity");
        boolean positive = command.amount() != null && command.amount().signum() > 0;
        Required.value(positive ? command.amount() : null, "a positive amount", command);
        Required.value(command.unit(), "the amount's unit (for example MW)", command);
        milestones.announcements().requireCapacityOpen(agreementId);
        apply(new CapacityAnnounced(agreementId, command.amount(), command.unit(), command.description(),
                command.occurredOn(), command.sources()));
        startImplementation(command);
    }

    @CommandHandler
    public void handle(AddScopeAreas command) {
        admit(command);
        lifecycle.requireActive(agreementId, "widen its scope");
        Required.value(command.areas(), "at least one area", command);
        apply(new ScopeAreasAdded(agreementId, milestones.scope().newAmong(command.areas(), agreementId),
                command.occurredOn(), command.sources()));
    }

    @CommandHandler
    public void handle(RecordCommitment command) {
        admit(command);
        lifecycle.requireActive(agreementId, "record a commitment");
        Required.value(command.description(), "a description of the commitment", command);
        parties.requireListed(listOf(command.party()), agreementId);
        apply(new CommitmentRecorded(agreementId, command.party(), command.description(),
                command.occurredOn(), command.sources()));
    }

    @CommandHandler
    public void handle(RecordStatement command) {
        admit(command);
        Required.value(command.speaker(), "the speaker", command);
        Required.value(command.text(), "the text of the statement", command);
        parties.requireListed(listOf(command.party()), agreementId);
        apply(new StatementRecorded(agreementId, command.speaker(), command.party(), command.text(),
                command.occurredOn(), command.sources()));
    }

    @CommandHandler
    public void handle(RecordMilestone command) {
        admit(command);
        lifecycle.requireNotEnded(agreementId, "record a milestone");
        Required.value(command.label(), "a label for the milestone", command);
        apply(new MilestoneRecorded(agreementId, command.label(), command.description(),
                command.occurredOn(), command.sources()));
    }

    @CommandHandler
    public void handle(LinkAgreements command) {
        admit(command);
        Required.value(command.relatedAgreementId(), "the related agreement's id", command);
        Required.value(command.relation(), "the relation", command);
        milestones.links().requireNew(agreementId, command.relatedAgreementId(), command.relation());
        apply(new AgreementsLinked(agreementId, command.relatedAgreementId(), command.relation(), command.note(),
                command.occurredOn(), command.sources()));
    }

    @CommandHandler
    public void handle(AmendAgreement command) {
        admit(command);
        lifecycle.requireSigned(agreementId, "amend it");
        Required.value(command.summary(), "a summary of the amendment", command);
        apply(new AgreementAmended(agreementId, command.summary(), command.occurredOn(), command.sources()));
    }

    @CommandHandler
    public void handle(SuspendAgreement command) {
        admit(command);
        lifecycle.requireSuspendable(agreementId);
        Required.value(command.reason(), "the reason for the suspension", command);
        apply(new AgreementSuspended(agreementId, command.reason(), command.occurredOn(), command.sources()));
    }

    @CommandHandler
    public void handle(ResumeAgreement command) {
        admit(command);
        lifecycle.requireSuspended(agreementId);
        Required.value(command.reason(), "the reason for the resumption", command);
        apply(new AgreementResumed(agreementId, command.reason(), lifecycle.resumesTo(), command.occurredOn(),
                command.sources()));
    }

    @CommandHandler
    public void handle(TerminateAgreement command) {
        admit(command);
        lifecycle.requireNotEnded(agreementId, "end it");
        Required.value(command.ending(), "how it ended (TERMINATED, EXPIRED or SUPERSEDED)", command);
        Required.value(command.reason(), "the reason it ended", command);
        apply(Lifecycle.endingOf(command));
    }

    @CommandHandler
    public void handle(CorrectRecord command) {
        admit(command);
        Required.value(command.reason(), "the reason the earlier record was wrong", command);
        String correctedType = recordedEvents.correctableType(command);
        apply(new RecordCorrected(agreementId, command.correctsVersion(), correctedType, command.reason(),
                command.replacement(), command.occurredOn(), command.sources()));
    }

    @EventSourcingHandler
    void on(AgreementProposed event) {
        agreementId = event.agreementId();
        kind = event.kind();
        firstWorldDate = event.occurredOn();
        parties = parties.with(event.parties());
    }

    @EventSourcingHandler
    void on(MoUSigned event) {
        if (!exists()) {
            agreementId = event.agreementId();
            kind = AgreementKind.MOU;
            firstWorldDate = event.occurredOn();
        }
        parties = parties.with(listOrEmpty(event.parties()));
    }

    private boolean exists() {
        return agreementId != null;
    }

    /** The checks every command passes: a cited source and a usable world date not before the first one. */
    private void admit(AgreementCommand command) {
        CitedSources.require(command);
        WorldDateRules.requireValid(command.occurredOn(), "occurredOn", command);
        WorldDateRules.requireNotBefore(firstWorldDate, command);
    }

    /** The first implementation milestone of a signed agreement starts its implementation. */
    private void startImplementation(AgreementCommand command) {
        if (lifecycle.status() == AgreementStatus.SIGNED) {
            apply(new ImplementationStarted(agreementId, command.occurredOn(), command.sources()));
        }
    }

    private static <T> List<T> listOrEmpty(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static List<String> listOf(String party) {
        return party == null ? List.of() : List.of(party);
    }
}
