package accord.http.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import accord.http.AccordApplication;

/**
 * The whole service on a random port and on {@link ReadSideDatabase}, with two test processors
 * beside the real ones: {@link PoisonProjection} (pooled, with a dead-letter queue) and
 * {@link StallProjection}; a processor counts as stalled after 3 seconds. Every class with this
 * annotation shares one application context.
 *
 * <p>The stall processor has two segments: Axon reports a segment's replay only once its work
 * package has handed a batch over, so a replay held on the first event of a one-segment
 * processor shows no claimed segment at all (a limitation of the status, not of the replay).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = AccordApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "axon.eventhandling.processors." + PoisonProjection.GROUP + ".mode=pooled",
        "axon.eventhandling.processors." + PoisonProjection.GROUP + ".dlq.enabled=true",
        "accord.event-store.processor-segments=2",
        "accord.health.stall-after=3s"})
@ContextConfiguration(initializers = ReadSideDatabase.class)
@Import({PoisonProjection.class, StallProjection.class})
@interface ReadSideIntegrationTest {
}
