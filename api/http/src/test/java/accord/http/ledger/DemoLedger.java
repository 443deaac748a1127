package accord.http.ledger;

import accord.http.testsupport.OwnDatabase;
import java.util.Map;

/**
 * The service as the README's demo runs it, on a database of its own: the demo loader records the
 * three seed agreements through the command path at start, and nothing else writes to it.
 */
class DemoLedger extends OwnDatabase {

    @Override
    protected String purpose() {
        return "demo";
    }

    @Override
    protected Map<String, Object> extraProperties() {
        return Map.of("accord.demo.enabled", "true");
    }
}
