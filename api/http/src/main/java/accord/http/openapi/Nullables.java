package accord.http.openapi;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Says what the generated schemas cannot know about JSON null and free-form members. The service writes
 * a member that has no value as null rather than leaving it out, and accepts null for every member a
 * request does not require; the records carry no annotations saying so (the contract in
 * accord-messages has no dependencies). So every member not required is nullable (a nullable enum
 * lists null among its values, a referenced schema is written out in place, as OpenAPI 3.0 asks). A map of
 * arbitrary JSON (an event's payload, a correction's replacement) holds any JSON value, not only
 * objects.
 */
class Nullables implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openApi.getComponents().getSchemas();
        components.values().forEach(schema -> complete(schema, components));
        dropUnreferenced(openApi);
    }

    /** Drops the schemas that are now only written out in place, so no component stands unused. */
    private static void dropUnreferenced(OpenAPI openApi) {
        boolean dropped = true;
        while (dropped) {
            String document = Json.pretty(openApi);
            dropped = openApi.getComponents().getSchemas().keySet()
                    .removeIf(name -> !document.contains("\"#/components/schemas/" + name + "\""));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void complete(Schema<?> schema, Map<String, Schema> components) {
        freeForm(schema);
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> entry : new ArrayList<>(schema.getProperties().entrySet())) {
            Schema property = entry.getValue();
            freeForm(property);
            if (property.getItems() != null) {
                freeForm(property.getItems());
            }
            if (required.contains(entry.getKey())) {
                continue;
            }
            if (property.get$ref() != null) {
                Schema referenced = components.get(property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1));
                if (referenced != null && referenced.get$ref() == null) {
                    schema.getProperties().put(entry.getKey(), nullableCopy(referenced, property.getDescription()));
                }
                continue;
            }
            property.setNullable(true);
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                List<Object> values = new ArrayList<>(property.getEnum());
                values.add(null);
                property.setEnum(values);
            }
        }
    }

    /** The referenced schema written out in place, nullable: OpenAPI 3.0 ignores nullable beside a $ref. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullableCopy(Schema referenced, String description) {
        Schema copy = new Schema<>();
        copy.setType(referenced.getType() == null ? "object" : referenced.getType());
        copy.setFormat(referenced.getFormat());
        copy.setProperties(referenced.getProperties());
        copy.setRequired(referenced.getRequired());
        copy.setAdditionalProperties(referenced.getAdditionalProperties());
        copy.setEnum(referenced.getEnum() == null ? null : new ArrayList<>(referenced.getEnum()));
        copy.setItems(referenced.getItems());
        copy.setDescription(description != null ? description : referenced.getDescription());
        copy.setNullable(true);
        if (copy.getEnum() != null) {
            copy.getEnum().add(null);
        }
        return copy;
    }

    /** A map to an unconstrained object (Map<String, Object>, JsonNode) holds any JSON value. */
    @SuppressWarnings("rawtypes")
    private static void freeForm(Schema schema) {
        if (schema.getAdditionalProperties() instanceof Schema values && values.get$ref() == null
                && "object".equals(values.getType()) && values.getProperties() == null) {
            schema.setAdditionalProperties(true);
        }
    }
}
