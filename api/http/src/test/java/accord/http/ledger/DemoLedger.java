package accord.http.ledger;

import accord.http.testsupport.FreshDatabases;
import accord.http.testsupport.TestDatabase;
import accord.http.testsupport.TestLedger;
import accord.http.testsupport.TestUsers;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The service as the README's demo runs it, on a database of its own: the demo loader records the
 * three seed agreements through the command path at start, and nothing else writes to it.
 */
class DemoLedger implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static String url;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new LinkedHashMap<>(TestDatabase.get().properties());
        properties.put("spring.datasource.url", url());
        properties.putAll(TestUsers.properties());
        properties.putAll(TestLedger.properties());
        properties.put("accord.demo.enabled", "true");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("accordDemoLedger", properties));
    }

    private static synchronized String url() {
        if (url == null) {
            url = FreshDatabases.create("demo");
        }
        return url;
    }
}
