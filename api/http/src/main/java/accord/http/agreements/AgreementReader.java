package accord.http.agreements;

import accord.messages.queries.AgreementState;
import accord.messages.queries.FindAgreement;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
        return waitFor(() -> queries.query(new FindAgreement(agreementId),
                        ResponseTypes.optionalInstanceOf(AgreementState.class)).join(),
                state -> minVersion == null || state.filter(s -> s.version() >= minVersion).isPresent());
    }

    /**
     * Asks the read side a question again and again, within the bound, until the answer is good
     * enough.
     *
     * @param question asks once
     * @param enough whether an answer is good enough
     * @return the first answer good enough, or the last one when none was in time
     */
    public <T> T waitFor(Supplier<T> question, Predicate<T> enough) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            T answer = question.get();
            if (enough.test(answer) || System.nanoTime() >= deadline) {
                return answer;
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
        }
    }
}
