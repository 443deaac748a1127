package accord.query.agreement;

import accord.messages.events.AgreementEvent;
import accord.messages.queries.AgreementState;
import accord.messages.queries.FindAgreement;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the current state of every agreement up to date and answers {@link FindAgreement}.
 * Events may be delivered again (an expired token claim, a retried batch), so an event whose
 * version is not newer than the stored state is skipped.
 */
@Component
@ProcessingGroup("agreement-state")
public class AgreementStateProjection {

    private final AgreementStateRepository states;

    /** @param states where the states are kept */
    public AgreementStateProjection(AgreementStateRepository states) {
        this.states = states;
    }

    /**
     * Applies one event of an agreement to its stored state.
     *
     * @param event the event
     * @param version its sequence number in the agreement's stream
     * @param recordedAt when it was recorded
     */
    @EventHandler
    public void on(AgreementEvent event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        Optional<AgreementState> stored = states.find(event.agreementId());
        if (stored.isPresent() && version <= stored.get().version()) {
            return;
        }
        states.save(AgreementEvolution.evolve(stored.orElse(null), event, version, recordedAt));
    }

    /** Forgets every state before a replay rebuilds them. */
    @ResetHandler
    public void reset() {
        states.clear();
    }

    /**
     * @param query which agreement
     * @return its current state, or empty when no agreement has this id
     */
    @QueryHandler
    public Optional<AgreementState> handle(FindAgreement query) {
        return states.find(query.agreementId());
    }
}
