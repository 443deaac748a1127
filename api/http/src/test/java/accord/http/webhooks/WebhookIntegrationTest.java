package accord.http.webhooks;

import accord.http.AccordApplication;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on a random port and on {@link WebhookDatabase}; every subclass shares one context.
 * Each test has a {@link WebhookClient} and a {@link WebhookReceiver} of its own, and afterwards every
 * subscription is deleted, so none of one test keeps delivering during the next.
 */
@SpringBootTest(classes = AccordApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = WebhookDatabase.class)
abstract class WebhookIntegrationTest {

    /** How long a test waits for deliveries. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Makes the agreement ids of this test its own. */
    final String run = "w" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    WebhookClient client;
    WebhookReceiver receiver;

    @LocalServerPort
    private int port;
    @Autowired
    private ObjectMapper json;

    @BeforeEach
    void startTheReceiver() {
        client = new WebhookClient(port, json);
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stopEverything() throws Exception {
        client.deleteAll();
        receiver.close();
    }
}
