package accord.messages.queries;

import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.AgreementStatus;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Party;
import accord.messages.agreement.Signatory;
import accord.messages.agreement.Source;
import java.time.Instant;
import java.util.List;

/**
 * The state of an agreement, rebuilt from its events by the read side: now, or as it stood at an
 * earlier point.
 *
 * @param agreementId the agreement's id
 * @param kind what kind of instrument
 * @param title its title
 * @param status its lifecycle status now
 * @param parties the parties
 * @param signatories who signed
 * @param place where it was signed, or null
 * @param proposedOn when it was proposed, or null when it was created by a signing
 * @param scheduledFor the planned signing date, or null
 * @param signedOn when it was signed, or null
 * @param objectives what it sets out to do
 * @param termYears the term in years, or null
 * @param scopeAreas the areas it covers
 * @param commitments commitments made
 * @param taskForces task forces formed
 * @param sites sites announced
 * @param capacities capacities announced
 * @param statements statements made
 * @param milestones other milestones
 * @param links links to other agreements
 * @param linkedFrom links recorded on other agreements that point to this one, oldest first
 * @param amendments amendments
 * @param statusHistory every status change, oldest first
 * @param sources every source cited, each once, in the order first cited
 * @param version the agreement's version: the sequence number of its last event
 * @param lastRecordedAt when its last event was recorded
 */
public record AgreementState(
        String agreementId,
        AgreementKind kind,
        String title,
        AgreementStatus status,
        List<Party> parties,
        List<Signatory> signatories,
        String place,
        OccurredOn proposedOn,
        OccurredOn scheduledFor,
        OccurredOn signedOn,
        List<String> objectives,
        Integer termYears,
        List<String> scopeAreas,
        List<Commitment> commitments,
        List<TaskForce> taskForces,
        List<Site> sites,
        List<Capacity> capacities,
        List<Statement> statements,
        List<Milestone> milestones,
        List<Link> links,
        List<InboundLink> linkedFrom,
        List<Amendment> amendments,
        List<StatusChange> statusHistory,
        List<Source> sources,
        long version,
        Instant lastRecordedAt) {
}
