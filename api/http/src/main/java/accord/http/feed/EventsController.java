package accord.http.feed;

import accord.http.agreements.QueryParameters;
import accord.http.problems.InvalidRequest;
import accord.messages.feed.CloudEventExtensions;
import accord.messages.feed.EventType;
import accord.query.feed.AgreementCloudEvents;
import accord.query.feed.AgreementFeed;
import accord.query.feed.FeedFilter;
import accord.query.feed.FeedPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.UriComponentsBuilder;

/** Every committed event, in ledger-position order, as CloudEvents: pages and a live stream (docs/feeds.md). */
@RestController
@Tag(name = "Events", description = "Follow every agreement event in ledger order, from any position, as CloudEvents.")
public class EventsController {

    /** The response header that carries the ledger's size when the page was read. */
    public static final String LEDGER_SIZE = "Accord-Ledger-Size";
    static final int MAX_LIMIT = 1_000;
    private static final MediaType BATCH = MediaType.parseMediaType(CloudEventExtensions.BATCH_MEDIA_TYPE);

    private final AgreementFeed feed;
    private final AgreementCloudEvents cloudEvents;
    private final EventStreamHub streams;
    private final FeedSettings settings;

    EventsController(AgreementFeed feed, AgreementCloudEvents cloudEvents, EventStreamHub streams, FeedSettings settings) {
        this.feed = feed;
        this.cloudEvents = cloudEvents;
        this.streams = streams;
        this.settings = settings;
    }

    @Operation(operationId = "listEvents", summary = "A page of events in ledger order",
            description = "Committed events after a ledger position, in position order with no gap, as a JSON array "
                    + "of structured CloudEvents 1.0. Follow the Link rel=\"next\" header (or pass the last event's "
                    + "position extension as after) to go on; an empty page means nothing newer yet. With filters "
                    + "the positions skip the events filtered out, and next still moves past them.")
    @GetMapping(value = "/events", produces = {CloudEventExtensions.BATCH_MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    public ResponseEntity<byte[]> listEvents(
            @Parameter(description = "read after this ledger position: -1 (the default) for the first event, 'now' for only what comes next")
            @RequestParam(required = false) String after,
            @Parameter(description = "at most this many events, 1 to 1000; 100 when not given")
            @RequestParam(required = false) Integer limit,
            @Parameter(description = "only events of this agreement; repeat for several")
            @RequestParam(name = "agreementId", required = false) List<String> agreementIds,
            @Parameter(description = "only events of this type: a CloudEvents type (example.accord.agreement.MoUSigned.v1) or an event name (MoUSigned); repeat for several")
            @RequestParam(name = "type", required = false) List<String> types,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw QueryParameters.invalid("limit", "OUT_OF_RANGE", "must be between 1 and " + MAX_LIMIT);
        }
        FeedFilter filter = FeedRequests.filter(agreementIds, types);
        long head = feed.head();
        long from = FeedRequests.after("after", after, () -> head);
        FeedPage page = feed.read(from, head, limit == null ? 100 : limit, filter);
        UriComponentsBuilder next = UriComponentsBuilder.fromPath("/events")
                .queryParam("after", page.next())
                .queryParamIfPresent("limit", Optional.ofNullable(limit));
        filter.agreementIds().forEach(id -> next.queryParam("agreementId", id));
        filter.types().forEach(type -> next.queryParam("type", type.cloudEventType()));
        return ResponseEntity.ok()
                .contentType(wantsPlainJson(accept) ? MediaType.APPLICATION_JSON : BATCH)
                .header(HttpHeaders.LINK, "<" + next.encode().build().toUriString() + ">; rel=\"next\"")
                .header(LEDGER_SIZE, Long.toString(page.head()))
                .body(cloudEvents.batch(page.events()));
    }

    @Operation(operationId = "streamEvents", summary = "Every event as it is recorded (Server-Sent Events)",
            description = "Catches up from after (or the Last-Event-ID header, which wins, as browsers send it when "
                    + "they reconnect), then stays open and sends each event as it commits. Each SSE event has id = "
                    + "the ledger position, event = the CloudEvents type and data = one structured CloudEvent. "
                    + "Comments are sent as heartbeats; retry: says how long to wait before reconnecting. A node "
                    + "ends its streams when it shuts down: reconnect with Last-Event-ID and nothing is missed.")
    @GetMapping(value = "/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter streamEvents(
            @Parameter(description = "send events after this ledger position: -1 (the default) for every event, 'now' for only new ones")
            @RequestParam(required = false) String after,
            @Parameter(description = "only events of this agreement; repeat for several")
            @RequestParam(name = "agreementId", required = false) List<String> agreementIds,
            @Parameter(description = "only events of this type; repeat for several")
            @RequestParam(name = "type", required = false) List<String> types,
            @Parameter(description = "the id of the last event received, sent by SSE clients when they reconnect")
            @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        FeedFilter filter = FeedRequests.filter(agreementIds, types);
        long from = lastEventId != null && !lastEventId.isBlank()
                ? FeedRequests.after("Last-Event-ID", lastEventId, feed::head)
                : FeedRequests.after("after", after, feed::head);
        return streams.open(from, filter).orElseThrow(() -> InvalidRequest.unavailable(
                "This node serves its maximum of " + settings.maxStreams() + " event streams, or is shutting down. "
                        + "Reconnect after Retry-After, with Last-Event-ID, here or to another node.", settings.retry()));
    }

    private static boolean wantsPlainJson(String accept) {
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().noneMatch(type -> type.isCompatibleWith(BATCH));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
