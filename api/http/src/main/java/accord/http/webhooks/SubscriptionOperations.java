package accord.http.webhooks;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Completes the webhook operations in the OpenAPI document: Location on creation and every problem answer. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 2)
class SubscriptionOperations implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (path.equals("/subscriptions") || path.startsWith("/subscriptions/")) {
                item.readOperations().forEach(operation -> complete(path, operation));
            }
        });
    }

    private static void complete(String path, Operation operation) {
        ApiResponses responses = operation.getResponses();
        Map<String, String> problems = new LinkedHashMap<>();
        String id = operation.getOperationId();
        if ("createSubscription".equals(id)) {
            ApiResponse created = responses.get("201");
            if (created != null) {
                created.description("Subscribed; the body carries the signing secret, shown this once")
                        .addHeaderObject("Location", new Header().description("/subscriptions/{id}")
                                .schema(new StringSchema()));
            }
            problems.put("400", "Invalid input; errors lists every wrong field (VALIDATION_FAILED with INVALID_URL, "
                    + "UNKNOWN_EVENT_TYPE, INVALID_AGREEMENT_ID or OUT_OF_RANGE; MALFORMED_JSON; UNKNOWN_FIELD), or the "
                    + "url is on an address deliveries may not go to (TARGET_NOT_ALLOWED)");
            problems.put("409", "The caller has as many subscriptions as one user may have (SUBSCRIPTION_LIMIT_REACHED)");
            problems.put("415", "The body is not application/json (UNSUPPORTED_MEDIA_TYPE)");
        }
        if ("replaySubscription".equals(id)) {
            problems.put("400", "after is missing, below -1 or past the ledger's last position (VALIDATION_FAILED)");
        }
        if ("listSubscriptionDeliveries".equals(id)) {
            problems.put("400", "limit is outside 1..500 (VALIDATION_FAILED)");
        }
        if (path.contains("{id}")) {
            problems.put("404", "The caller has no subscription with this id (SUBSCRIPTION_NOT_FOUND)");
        }
        problems.put("401", "No or wrong credentials");
        problems.put("403", "Only INTEGRATOR and ADMIN may use webhooks");
        problems.put("500", "Something went wrong inside the service (INTERNAL_ERROR); nothing about it is disclosed");
        problems.forEach((status, description) -> responses.addApiResponse(status, new ApiResponse()
                .description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))));
    }
}
