package accord.messages.events;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * Something that happened to one agreement, as recorded in the ledger. Events are immutable
 * and never validate: a stored event must always load, so rules live in the aggregate and at
 * the HTTP edge. Their class names are stored with every event: renaming one is a breaking
 * change of the published contract. The interface is sealed, so every event type is known where
 * it is declared: {@code AgreementEvent.class.getPermittedSubclasses()} lists them all.
 */
public sealed interface AgreementEvent permits
        AgreementAmended, AgreementExpired, AgreementProposed, AgreementResumed, AgreementSigned,
        AgreementSuperseded, AgreementSuspended, AgreementTerminated, AgreementsLinked, CapacityAnnounced,
        CommitmentRecorded, ImplementationStarted, MilestoneRecorded, MoUSigned, RecordCorrected,
        ScopeAreasAdded, SigningScheduled, SiteAnnounced, StatementRecorded, TaskForceFormed {

    /** @return the id of the agreement the event belongs to */
    String agreementId();

    /** @return when the fact happened in the world */
    OccurredOn occurredOn();

    /** @return the sources that support the fact */
    List<Source> sources();
}
