package accord.command.agreement;

import accord.messages.events.AgreementAmended;
import accord.messages.events.AgreementsLinked;
import accord.messages.events.CapacityAnnounced;
import accord.messages.events.RecordCorrected;
import accord.messages.events.ScopeAreasAdded;
import accord.messages.events.SiteAnnounced;
import accord.messages.events.TaskForceFormed;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * What happened to an agreement after it came into being, as far as later commands depend on it:
 * task forces, announcements, scope and links. A member entity of {@link Agreement}.
 */
class Milestones {

    private TaskForces taskForces = TaskForces.NONE;
    private Announcements announcements = Announcements.NONE;
    private Scope scope = Scope.NONE;
    private Links links = Links.NONE;

    TaskForces taskForces() {
        return taskForces;
    }

    Announcements announcements() {
        return announcements;
    }

    Scope scope() {
        return scope;
    }

    Links links() {
        return links;
    }

    @EventSourcingHandler
    void on(TaskForceFormed event) {
        taskForces = taskForces.with(event.name());
    }

    @EventSourcingHandler
    void on(SiteAnnounced event, @SequenceNumber long version) {
        announcements = announcements.siteAt(version);
    }

    @EventSourcingHandler
    void on(CapacityAnnounced event, @SequenceNumber long version) {
        announcements = announcements.capacityAt(version);
    }

    @EventSourcingHandler
    void on(AgreementAmended event, @SequenceNumber long version) {
        announcements = announcements.amendedAt(version);
    }

    @EventSourcingHandler
    void on(ScopeAreasAdded event) {
        scope = scope.with(event.areas());
    }

    @EventSourcingHandler
    void on(AgreementsLinked event) {
        links = links.with(event.relatedAgreementId(), event.relation());
    }

    @EventSourcingHandler
    void on(RecordCorrected event) {
        if (event.replacement() == null) {
            announcements = announcements.withdrawn(event.correctsVersion());
        }
    }
}
