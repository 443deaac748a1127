package accord.http.webhooks;

import accord.http.testsupport.OwnDatabase;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts the webhook tests on a database of their own, with loopback targets allowed (the receivers
 * run on loopback), retries a few hundred milliseconds apart, a pause after 8 failures in a row, a
 * delivery log of 40 attempts, and a second integrator to prove subscriptions are private.
 */
class WebhookDatabase extends OwnDatabase {

    static final String OTHER_INTEGRATOR = "integrator2";
    static final String OTHER_INTEGRATOR_PASSWORD = "integrator2-test-5Rb1";
    static final int MAX_FAILURES = 8;
    static final int DELIVERY_LOG_SIZE = 40;

    @Override
    protected String purpose() {
        return "webhooks";
    }

    @Override
    protected Map<String, Object> extraProperties() {
        return properties();
    }

    static Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("accord.webhooks.allow-private-targets", "true");
        properties.put("accord.webhooks.backoff-base", "100ms");
        properties.put("accord.webhooks.backoff-max", "400ms");
        properties.put("accord.webhooks.max-failures", Integer.toString(MAX_FAILURES));
        properties.put("accord.webhooks.delivery-log-size", Integer.toString(DELIVERY_LOG_SIZE));
        properties.put("accord.webhooks.timeout", "3s");
        properties.put("accord.webhooks.poll-interval", "200ms");
        properties.put("accord.feed.poll-interval", "100ms");
        properties.put("accord.security.users." + OTHER_INTEGRATOR + ".password", "{noop}" + OTHER_INTEGRATOR_PASSWORD);
        properties.put("accord.security.users." + OTHER_INTEGRATOR + ".roles", "INTEGRATOR");
        return properties;
    }
}
