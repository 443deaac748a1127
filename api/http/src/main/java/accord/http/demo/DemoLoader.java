package accord.http.demo;

import accord.http.agreements.AgreementRequest;
import accord.http.agreements.EventStreams;
import accord.http.agreements.Recorder;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code accord.demo.enabled=true}, records the three seed agreements at start-up through the
 * same command path clerks use, as {@value #RECORDED_BY}. An agreement that already has events is
 * left alone, so restarting with the switch on changes nothing.
 */
@Component
@ConditionalOnProperty(name = "accord.demo.enabled", havingValue = "true")
public class DemoLoader implements ApplicationRunner {

    /** The principal the demo data is recorded by. */
    public static final String RECORDED_BY = "accord-demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final Recorder recorder;
    private final EventStreams streams;

    DemoLoader(Recorder recorder, EventStreams streams) {
        this.recorder = recorder;
        this.streams = streams;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        for (SeedAgreement seed : SeedAgreements.all()) {
            if (streams.exists(seed.agreementId())) {
                LOG.info("Demo agreement {} is already recorded; left as it is", seed.agreementId());
                continue;
            }
            String correlationId = UUID.randomUUID().toString();
            for (AgreementRequest step : seed.steps()) {
                recorder.record(step.toCommand(seed.agreementId()), RECORDED_BY, correlationId);
            }
            LOG.info("Demo agreement {} recorded with {} commands", seed.agreementId(), seed.steps().size());
        }
    }
}
