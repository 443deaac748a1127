package accord.http.catalogue;

import java.net.URI;
import java.util.List;

/**
 * The index of the event catalogue ({@code GET /schemas/events}).
 *
 * @param eventTypes every event type and revision the feeds may carry, by name and revision
 * @param asyncApi   the absolute URL of the AsyncAPI document of the feeds
 */
public record EventCatalogue(List<CatalogueEntry> eventTypes, URI asyncApi) {

    /** Copies the list. */
    public EventCatalogue {
        eventTypes = List.copyOf(eventTypes);
    }
}
