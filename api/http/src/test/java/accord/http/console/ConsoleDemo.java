package accord.http.console;

import accord.http.testsupport.OwnDatabase;
import java.util.Map;

/**
 * The service as the README's demo runs it, for the console's browser tests: on a database of its
 * own, with the three seed agreements recorded at start by the demo loader.
 */
public class ConsoleDemo extends OwnDatabase {

    @Override
    protected String purpose() {
        return "console";
    }

    @Override
    protected Map<String, Object> extraProperties() {
        return Map.of("accord.demo.enabled", "true");
    }
}
