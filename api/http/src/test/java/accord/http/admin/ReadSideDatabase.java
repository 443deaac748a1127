package accord.http.admin;

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
 * Puts the service on a fresh database of its own, on the server of {@link TestDatabase}, with
 * {@link TestUsers}; the database is dropped when the JVM ends.
 */
class ReadSideDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static String url;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new LinkedHashMap<>(TestDatabase.get().properties());
        properties.put("spring.datasource.url", url());
        properties.putAll(TestUsers.properties());
        properties.putAll(TestLedger.properties());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("accordReadSideDatabase", properties));
    }

    private static synchronized String url() {
        if (url == null) {
            url = FreshDatabases.create("readside");
        }
        return url;
    }
}
