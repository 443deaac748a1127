package accord.http.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at {@link TestDatabase} and gives it {@link TestUsers} and the
 * {@link TestLedger} settings, ahead of every
 * other property source (environment variables included).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PROPERTY_SOURCE = "accordTestDatabase";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource(PROPERTY_SOURCE, new LinkedHashMap<>(testProperties())));
    }

    /** @return the properties that put the service on the test database with the test users */
    static Map<String, Object> testProperties() {
        Map<String, Object> properties = new LinkedHashMap<>(TestDatabase.get().properties());
        properties.putAll(TestUsers.properties());
        properties.putAll(TestLedger.properties());
        // Stream clients that are cut off come back quickly (the default asks them to wait 2 s).
        properties.put("accord.feed.retry", "250ms");
        return properties;
    }
}
