package accord.http.ledger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Times how long the service takes to generate a proof, from reading the stored hashes to the
 * finished path, without the HTTP exchange around it: {@code accord.ledger.proof.generation}, tagged
 * {@code kind} (inclusion, consistency), with its 50th and 99th percentiles.
 */
@Component
class ProofTimers {

    private final MeterRegistry meters;

    ProofTimers(MeterRegistry meters) {
        this.meters = meters;
    }

    <T> T record(String kind, Supplier<T> generation) {
        return Timer.builder("accord.ledger.proof.generation")
                .description("Time to generate a ledger proof from the stored hashes")
                .tag("kind", kind)
                .publishPercentiles(0.5, 0.99)
                .register(meters)
                .record(generation);
    }
}
