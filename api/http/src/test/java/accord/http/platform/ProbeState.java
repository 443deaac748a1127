package accord.http.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for an aggregate in snapshot tests: private fields, no getters, no setters and no
 * Jackson annotations, like the Agreement aggregate.
 */
public class ProbeState {

    private String id;
    private long version;
    private LocalDate since;
    private List<ProbeRecorded> history = new ArrayList<>();

    @SuppressWarnings("unused")
    private ProbeState() {
    }

    ProbeState(String id, long version, LocalDate since, List<ProbeRecorded> history) {
        this.id = id;
        this.version = version;
        this.since = since;
        this.history = new ArrayList<>(history);
    }

    String describe() {
        return id + "@" + version + " since " + since + " " + history;
    }
}
