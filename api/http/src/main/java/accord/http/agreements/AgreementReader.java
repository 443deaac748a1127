package accord.http.agreements;

import accord.messages.queries.AgreementState;
import accord.messages.queries.FindAgreement;
import java.time.Duration;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads an agreement's state from the read side. The read side catches up with the event store
 * a moment after a command; a reader who has just written can ask to wait, within a bound, until
 * the state reaches the version the write answered.
 */
@Component
public class AgreementReader {

    private final QueryGateway queries;
    private final Duration maxWait;
    private final Duration pollInterval;

    AgreementReader(QueryGateway queries,
            @Value("${accord.http.read-wait.max:5s}") Duration maxWait,
            @Value("${accord.http.read-wait.poll-interval:50ms}") Duration pollInterval) {
        this.queries = queries;
        this.maxWait = maxWait;
        this.pollInterval = pollInterval;
    }

    /**
     * @param agreementId the agreement
     * @param minVersion the version to wait for, or null to answer at once
     * @return the state: at least at minVersion when the read side reached it in time, otherwise
     *     the latest the read side has; empty when it knows no such agreement
     */
    public Optional<AgreementState> find(String agreementId, Long minVersion) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            Optional<AgreementState> state = queries.query(new FindAgreement(agreementId),
                    ResponseTypes.optionalInstanceOf(AgreementState.class)).join();
            boolean reached = minVersion == null || state.filter(s -> s.version() >= minVersion).isPresent();
            if (reached || System.nanoTime() >= deadline) {
                return state;
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return state;
            }
        }
    }
}
