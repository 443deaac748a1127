package accord.benchmark.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a generated agreement's state must show once the read side has caught up: its version and
 * how many facts of each kind it holds.
 *
 * @param agreementId the agreement
 * @param version the sequence number of its last event
 * @param counts facts per kind, indexed by the constants of this type
 */
public record Expectation(String agreementId, long version, int[] counts) {

    static final int STATEMENTS = 0;
    static final int COMMITMENTS = 1;
    static final int MILESTONES = 2;
    static final int TASK_FORCES = 3;
    static final int SCOPE_AREAS = 4;
    static final int AMENDMENTS = 5;
    static final int FACTS = 6;
    private static final String[] FIELDS = {"statements", "commitments", "milestones", "taskForces", "scopeAreas",
        "amendments"};

    /** @return every difference between this expectation and the state the service answered, empty when none */
    List<String> differences(JsonNode state) {
        List<String> differences = new ArrayList<>();
        if (state.path("version").asLong(-1) != version) {
            differences.add("version " + state.path("version") + " instead of " + version);
        }
        for (int kind = 0; kind < FACTS; kind++) {
            int size = state.path(FIELDS[kind]).size();
            if (size != counts[kind]) {
                differences.add(FIELDS[kind] + " " + size + " instead of " + counts[kind]);
            }
        }
        return differences;
    }
}
