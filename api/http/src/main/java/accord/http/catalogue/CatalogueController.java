package accord.http.catalogue;

import accord.http.feed.FeedSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published contract of the feeds, for anyone: the JSON Schema of every event type and revision,
 * their index, and the AsyncAPI document. Each answer may be cached; the documents carry a strong ETag,
 * and Spring answers a matching If-None-Match with 304.
 */
@RestController
@Tag(name = "Catalogue", description = "The event types the feeds carry: their JSON Schemas and the AsyncAPI document.")
public class CatalogueController {

    /** The media type of a JSON Schema. */
    public static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");
    /** The media type of YAML (RFC 9512). */
    public static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    /** A published schema never changes; a day, not forever, because one may still change before its first release. */
    private static final CacheControl SCHEMA_CACHING = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    /** The index and the AsyncAPI document grow when a deployment adds an event type or revision. */
    private static final CacheControl INDEX_CACHING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final EventSchemas schemas;
    private final AsyncApiDocument asyncApi;
    private final EventCatalogue catalogue;

    CatalogueController(EventSchemas schemas, AsyncApiDocument asyncApi, FeedSettings settings) {
        this.schemas = schemas;
        this.asyncApi = asyncApi;
        URI base = settings.schemaBase();
        this.catalogue = new EventCatalogue(schemas.all().stream()
                .map(schema -> new CatalogueEntry(schema.type().name(), schema.type().revision(),
                        schema.type().cloudEventType(), base.resolve(schema.type().schemaFileName()), schema.current(),
                        schema.description()))
                .toList(), URI.create(settings.publicUrl().toString().replaceAll("/+$", "") + "/asyncapi.yaml"));
    }

    @Operation(operationId = "listEventSchemas", summary = "List every event type and its schema",
            description = "Every event type and revision the feeds may carry: its CloudEvents type, the URL of the JSON "
                    + "Schema of its data (the dataschema of each such event), whether Accord records it today, and "
                    + "what it means. Public.")
    @SecurityRequirements
    @GetMapping(value = "/schemas/events", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<EventCatalogue> listEventSchemas() {
        return ResponseEntity.ok().cacheControl(INDEX_CACHING).body(catalogue);
    }

    @Operation(operationId = "findEventSchema", summary = "The JSON Schema of one event type at one revision",
            description = "A JSON Schema (draft 2020-12) of the data of every CloudEvent of that type, self-contained. "
                    + "The schema of a published revision never changes. Public; 404 UNKNOWN_EVENT_SCHEMA for a name "
                    + "the catalogue does not have.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The schema",
            content = @Content(mediaType = "application/schema+json", schema = @Schema(type = "object")))
    @ApiResponse(responseCode = "404", description = "UNKNOWN_EVENT_SCHEMA: the catalogue has no schema by that name",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @GetMapping("/schemas/events/{fileName}")
    public ResponseEntity<byte[]> findEventSchema(
            @Parameter(description = "<EventName>.v<revision>.json, e.g. MoUSigned.v1.json") @PathVariable String fileName) {
        PublishedSchema schema = schemas.find(fileName).orElseThrow(() -> new UnknownEventSchema(fileName));
        return ResponseEntity.ok().contentType(SCHEMA_JSON).cacheControl(SCHEMA_CACHING).eTag(schema.etag())
                .body(schema.content());
    }

    @Operation(operationId = "findAsyncApiDocument", summary = "The AsyncAPI 3.0 document of the feeds",
            description = "The Server-Sent Events stream, the HTTP feed, webhook deliveries and the Kafka topic, with "
                    + "one message per event type and revision whose payload is the CloudEvent with that event's data. "
                    + "Self-contained: every schema is inlined. Public.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The AsyncAPI document",
            content = @Content(mediaType = "application/yaml", schema = @Schema(type = "string")))
    @GetMapping("/asyncapi.yaml")
    public ResponseEntity<byte[]> findAsyncApiDocument() {
        return ResponseEntity.ok().contentType(YAML).cacheControl(INDEX_CACHING).eTag(asyncApi.etag())
                .body(asyncApi.yaml());
    }
}
