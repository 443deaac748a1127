package accord.http.search;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
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

/** Completes {@code listAgreements} in the OpenAPI document: its Link header and its problem answers. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 2)
class SearchOperation implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        PathItem path = openApi.getPaths() == null ? null : openApi.getPaths().get("/agreements");
        Operation operation = path == null ? null : path.getGet();
        if (operation == null || !"listAgreements".equals(operation.getOperationId())) {
            return;
        }
        ApiResponses responses = operation.getResponses();
        ApiResponse page = responses.get("200");
        if (page != null) {
            page.description("One page of agreements, sorted by id; next is the cursor of the next page, or null")
                    .addHeaderObject("Link", new Header()
                            .description("</agreements?...&cursor=...>; rel=\"next\" when more agreements follow")
                            .schema(new StringSchema()));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "A parameter is invalid; errors lists every one (VALIDATION_FAILED): an unknown kind or "
                + "status, a date that is not 2025, 2025-09 or 2025-09-22, a limit outside 1..500, a cursor this "
                + "service did not write");
        problems.put("401", "No or wrong credentials");
        problems.put("500", "Something went wrong inside the service (INTERNAL_ERROR); nothing about it is disclosed");
        problems.forEach((status, description) -> responses.addApiResponse(status, new ApiResponse()
                .description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))));
    }
}
