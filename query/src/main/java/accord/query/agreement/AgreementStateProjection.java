package accord.query.agreement;

import accord.query.ledger.LedgerPositions;
import accord.messages.events.AgreementEvent;
import accord.messages.events.RecordCorrected;
import accord.messages.queries.AgreementState;
import accord.messages.queries.FindAgreement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the current state of every agreement up to date and answers {@link FindAgreement}.
 * A correction folds the agreement's events again, from the journal, with the correction
 * applied. Events may be delivered again (an expired token claim, a retried batch), so an event whose
 * version is not newer than the stored state is skipped.
 *
 * <p>The processor hands events over in batches, each in one unit of work and one transaction.
 * Within a batch every agreement is read at most once, evolved in memory by all of its events,
 * and written once when the batch commits.
 */
@Component
@ProcessingGroup("agreement-state")
public class AgreementStateProjection {

    private static final String WORKING_SET = AgreementStateProjection.class.getName() + ".workingSet";

    private final AgreementStateRepository states;
    private final InboundLinks links;
    private final AgreementJournal journal;
    private final Replacements replacements;
    private final LedgerPositions positions;

    /**
     * @param states where the states are kept
     * @param links the links other agreements record, merged into a state when it is read
     * @param journal the agreements' events, folded again after a correction
     * @param replacements reads the replacements corrections give
     * @param positions the ledger positions of the events
     */
    public AgreementStateProjection(AgreementStateRepository states, InboundLinks links, AgreementJournal journal,
                                    Replacements replacements, LedgerPositions positions) {
        this.positions = positions;
        this.states = states;
        this.links = links;
        this.journal = journal;
        this.replacements = replacements;
    }

    /**
     * Applies one event of an agreement to its stored state.
     *
     * @param event the event
     * @param version its sequence number in the agreement's stream
     * @param eventId its identifier
     * @param metaData its metadata, with its ledger position
     * @param recordedAt when it was recorded
     * @param batch the unit of work of the batch
     */
    @EventHandler
    public void on(AgreementEvent event, @SequenceNumber long version, @MessageIdentifier String eventId,
                   MetaData metaData, @Timestamp Instant recordedAt, UnitOfWork<?> batch) {
        Map<String, Optional<AgreementState>> workingSet = workingSetOf(batch);
        Optional<AgreementState> current = workingSet.computeIfAbsent(event.agreementId(), states::find);
        if (current.isPresent() && version <= current.get().version()) {
            return;
        }
        long position = positions.of(eventId, metaData);
        AgreementState next;
        if (event instanceof RecordCorrected) {
            List<RecordedEvent> events = journal.eventsOf(event.agreementId(), version);
            next = AgreementEvolution.fold(events, events, replacements);
        } else {
            next = AgreementEvolution.evolve(current.orElse(null), event, version, position, recordedAt);
        }
        workingSet.put(event.agreementId(), Optional.of(next));
    }

    private Map<String, Optional<AgreementState>> workingSetOf(UnitOfWork<?> batch) {
        return batch.root().getOrComputeResource(WORKING_SET, key -> {
            Map<String, Optional<AgreementState>> workingSet = new LinkedHashMap<>();
            batch.root().onPrepareCommit(committing -> workingSet.values().forEach(state -> state.ifPresent(states::save)));
            return workingSet;
        });
    }

    /** Forgets every state before a replay rebuilds them. */
    @ResetHandler
    public void reset() {
        states.clear();
    }

    /**
     * @param query which agreement
     * @return its current state with the links that point to it, or empty when no agreement has this id
     */
    @QueryHandler
    public Optional<AgreementState> handle(FindAgreement query) {
        return states.find(query.agreementId())
                .map(state -> InboundLinks.withLinkedFrom(state, links.pointingTo(query.agreementId(), null)));
    }
}
