package accord.http.agreements;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The agreements API in a web slice: its controllers, problem mapping and strict JSON reading, with
 * Axon's gateways and the event-table look-ups mocked. Reads wait at most 300 ms for a version.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(controllers = {AgreementCommandsController.class, AgreementStateController.class})
@Import({Recorder.class, AgreementReader.class})
@MockitoBean(types = {CommandGateway.class, QueryGateway.class, EventStreams.class})
@TestPropertySource(properties = {"accord.http.read-wait.max=300ms", "accord.http.read-wait.poll-interval=10ms"})
public @interface AgreementsApiSlice {
}
