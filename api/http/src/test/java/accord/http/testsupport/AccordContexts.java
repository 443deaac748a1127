package accord.http.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import accord.http.AccordApplication;

/**
 * Starts the service as a separate application in this JVM, as a restart would: for tests that
 * stop the service and start it again on the same database. Close what it returns.
 */
public final class AccordContexts {

    private AccordContexts() {
    }

    /**
     * Starts the service on {@link TestDatabase} with {@link TestUsers} on a random port.
     *
     * @param properties further properties as {@code key=value}, which win over the test ones
     * @return the running service
     */
    public static ConfigurableApplicationContext startOnTestDatabase(String... properties) {
        Map<String, Object> all = new LinkedHashMap<>(TestDatabaseInitializer.testProperties());
        for (String property : properties) {
            int separator = property.indexOf('=');
            all.put(property.substring(0, separator), property.substring(separator + 1));
        }
        return start(all);
    }

    /**
     * Starts the service with exactly these properties over application.yaml (and over the
     * environment), on a random port.
     *
     * @param properties the properties
     * @return the running service
     */
    public static ConfigurableApplicationContext start(Map<String, ?> properties) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("server.port", "0");
        all.putAll(properties);
        String[] arguments = all.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(AccordApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .run(arguments);
    }
}
