package accord.http.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts the service on a database of its own ({@link TestDatabase#createSibling}), created once per
 * subclass and JVM, with {@link TestUsers}, the {@link TestLedger} settings and whatever the
 * subclass adds, ahead of every other property source.
 */
public abstract class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Map<Class<?>, String> URLS = new LinkedHashMap<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new LinkedHashMap<>(TestDatabase.get().properties());
        properties.put("spring.datasource.url", url());
        properties.putAll(TestUsers.properties());
        properties.putAll(TestLedger.properties());
        properties.putAll(extraProperties());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(getClass().getSimpleName(), properties));
    }

    /** @return a short lower-case word naming what the database is for */
    protected abstract String purpose();

    /** @return properties the subclass adds */
    protected Map<String, Object> extraProperties() {
        return Map.of();
    }

    private String url() {
        synchronized (URLS) {
            return URLS.computeIfAbsent(getClass(), type -> TestDatabase.get().createSibling(purpose()));
        }
    }
}
