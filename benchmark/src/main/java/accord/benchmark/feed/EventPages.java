package accord.benchmark.feed;

import accord.benchmark.HttpProbe;
import accord.messages.feed.CloudEventExtensions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * A new consumer catching up through {@code GET /events}: from {@code after=-1} with
 * {@code limit=1000}, one page after the other on one kept-alive connection, each followed by its
 * {@code Link rel="next"}. Every page is parsed as JSON, as a consumer must; its events are
 * counted and their {@code position} extensions checked to run 0, 1, 2, … without a gap.
 */
final class EventPages {

    private final HttpProbe http;
    private final ObjectMapper json = new ObjectMapper();

    EventPages(HttpProbe http) {
        this.http = http;
    }

    /**
     * What one pass read.
     *
     * @param events events read
     * @param pages  pages read
     * @param bytes  bytes of the pages' bodies
     */
    record Pass(long events, long pages, long bytes) {
    }

    /**
     * @param count read at least this many events from the first
     * @return what was read
     * @throws IllegalStateException when a position is missing, repeated or out of order, or a page
     *     is refused or has no next link
     */
    Pass read(long count) throws IOException {
        String path = "/events?after=-1&limit=" + FeedRead.PAGE_SIZE;
        long events = 0;
        long pages = 0;
        long bytes = 0;
        while (events < count) {
            HttpProbe.Answer page = http.ok(http.get(path, CloudEventExtensions.BATCH_MEDIA_TYPE), "GET " + path);
            JsonNode batch = json.readTree(page.body());
            if (!batch.isArray() || batch.isEmpty()) {
                throw new IllegalStateException("GET " + path + " gave no events after " + events + " of " + count);
            }
            for (JsonNode event : batch) {
                String position = event.path(CloudEventExtensions.POSITION).asText();
                if (!position.equals(Long.toString(events))) {
                    throw new IllegalStateException("GET " + path + " gave position " + position + " where " + events
                            + " belongs");
                }
                events++;
            }
            pages++;
            bytes += page.body().length;
            path = next(page.header("Link"), path);
        }
        return new Pass(events, pages, bytes);
    }

    /** @return the target of {@code Link: <...>; rel="next"} */
    private static String next(String link, String path) {
        if (link == null || !link.startsWith("<") || !link.contains(">; rel=\"next\"")) {
            throw new IllegalStateException("GET " + path + " has no Link rel=\"next\" but " + link);
        }
        return link.substring(1, link.indexOf('>'));
    }
}
