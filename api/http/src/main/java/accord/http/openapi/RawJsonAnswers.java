package accord.http.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Gives the answers the service writes as ready-made bytes (a CloudEvents batch, a leaf, an audit bundle)
 * the shape of their JSON; generated from the handler's signature they would read as strings.
 */
class RawJsonAnswers implements OpenApiCustomizer {

    private static final Map<String, Supplier<Schema<?>>> SHAPES = Map.of(
            "listEvents", RawJsonAnswers::cloudEventBatch,
            "findLeaf", () -> new ObjectSchema().additionalProperties(true)
                    .description("The leaf's canonical JSON (RFC 8785): position, id, agreement, version, type and "
                            + "revision, occurredOn, recordedAt, recordedBy, correlation and causation ids, payload"),
            "findAuditBundle", () -> new ObjectSchema().additionalProperties(true)
                    .description("The agreement's events as leaves, an inclusion proof for each to one checkpoint, the "
                            + "signed checkpoint and the verifier key (docs/ledger.md)"));

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(RawJsonAnswers::complete));
    }

    private static void complete(Operation operation) {
        Supplier<Schema<?>> shape = SHAPES.get(operation.getOperationId());
        ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
        if (shape == null || ok == null || ok.getContent() == null) {
            return;
        }
        ok.getContent().values().forEach(media -> media.setSchema(shape.get()));
    }

    private static Schema<?> cloudEventBatch() {
        Schema<?> event = new ObjectSchema()
                .description("A CloudEvent 1.0 in structured JSON; the extensions are in docs/feeds.md")
                .addProperty("specversion", new StringSchema().example("1.0"))
                .addProperty("id", new StringSchema())
                .addProperty("source", new StringSchema().example("/agreements/kr-blackrock-ai-datacentre-mou"))
                .addProperty("type", new StringSchema().example("example.accord.agreement.MoUSigned.v1"))
                .addProperty("subject", new StringSchema())
                .addProperty("time", new StringSchema().format("date-time"))
                .addProperty("datacontenttype", new StringSchema())
                .addProperty("dataschema", new StringSchema())
                .addProperty("data", new ObjectSchema().additionalProperties(true))
                .additionalProperties(true);
        event.setRequired(List.of("specversion", "id", "source", "type"));
        return new ArraySchema().items(event);
    }
}
