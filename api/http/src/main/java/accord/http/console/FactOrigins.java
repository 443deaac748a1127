package accord.http.console;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which event first recorded a value that the state keeps without a version (a party's code, a
 * signatory's name, a scope area, an objective): the earliest event, up to the version shown,
 * whose payload holds that value. Lets the page link every fact to its event.
 */
public final class FactOrigins {

    private final Map<String, Long> versions = new HashMap<>();

    private FactOrigins() {
    }

    /**
     * @param timeline the agreement's events, oldest first
     * @param upTo the version the state is shown at
     */
    static FactOrigins of(List<TimelineEntry> timeline, long upTo) {
        FactOrigins origins = new FactOrigins();
        for (TimelineEntry entry : timeline) {
            long version = entry.event().version();
            if (version <= upTo && !entry.isCorrected()) {
                origins.collect(entry.event().payload(), version);
            }
        }
        return origins;
    }

    /** @return the version of the event that first recorded the value, or null when none did */
    public Long of(String value) {
        return value == null ? null : versions.get(value);
    }

    private void collect(Object value, long version) {
        if (value instanceof String text) {
            versions.putIfAbsent(text, version);
        } else if (value instanceof Map<?, ?> members) {
            members.values().forEach(member -> collect(member, version));
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, version));
        }
    }
}
