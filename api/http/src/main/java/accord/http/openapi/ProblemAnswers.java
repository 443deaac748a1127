package accord.http.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Declares on every operation the problem answers the service really gives and the other
 * customizers did not already declare: 401 on every operation that needs a user, 403 where a role is
 * required beyond reading, 400 where there are parameters or a body, 413 where there is a body, 404
 * where the path names something, 406 where the answer's media type is fixed, 503 DATABASE_UNAVAILABLE on
 * every operation (any of them may need the database), and the refusals particular to an operation.
 * It runs last, so what an area's own customizer says stays as it is.
 */
class ProblemAnswers implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";

    /** What each operation refuses beyond the common answers, by operationId and status. */
    private static final Map<String, Map<String, String>> PARTICULAR = Map.ofEntries(
            Map.entry("rebuildProcessor", Map.of(
                    "404", "No processor has this name (UNKNOWN_PROCESSOR)",
                    "409", "A rebuild of this processor is under way, or it cannot be rebuilt "
                            + "(REBUILD_IN_PROGRESS, REBUILD_NOT_SUPPORTED)")),
            Map.entry("findProcessor", Map.of("404", "No processor has this name (UNKNOWN_PROCESSOR)")),
            Map.entry("listDeadLetters", Map.of("404", "No processor has this name, or it has no dead-letter queue "
                    + "(UNKNOWN_PROCESSOR, NO_DEAD_LETTER_QUEUE)")),
            Map.entry("retryDeadLetters", Map.of("404", "No processor has this name, or it has no dead-letter queue "
                    + "(UNKNOWN_PROCESSOR, NO_DEAD_LETTER_QUEUE)")),
            Map.entry("evictDeadLetters", Map.of("404", "No processor, dead-letter queue or sequence has this name "
                    + "(UNKNOWN_PROCESSOR, NO_DEAD_LETTER_QUEUE, UNKNOWN_DEAD_LETTER_SEQUENCE)")),
            Map.entry("auditLedger", Map.of("409", "A self-audit is already running (AUDIT_IN_PROGRESS)")),
            Map.entry("findLedgerAudit", Map.of("404", "No self-audit has run yet (NO_AUDIT_YET)")),
            Map.entry("issueApiToken", Map.of(
                    "400", "Invalid input; errors lists every wrong field (VALIDATION_FAILED, MALFORMED_JSON, UNKNOWN_FIELD)",
                    "415", "The body is not application/json (UNSUPPORTED_MEDIA_TYPE)")),
            Map.entry("revokeApiToken", Map.of("404", "No token has this id (TOKEN_NOT_FOUND)")),
            Map.entry("findEventSchema", Map.of("404", "No event type has a schema file of this name (UNKNOWN_EVENT_SCHEMA)")),
            Map.entry("findLeaf", Map.of("404", "No event has this ledger position (NOT_FOUND)")),
            Map.entry("findAgreementHistory", Map.of("404", "No agreement has this id (UNKNOWN_AGREEMENT)")),
            Map.entry("diffAgreement", Map.of("404", "No agreement has this id, or it has no such version "
                    + "(UNKNOWN_AGREEMENT)")),
            Map.entry("streamEvents", Map.of("503", "This node serves its maximum of accord.feed.max-streams streams, "
                    + "or is shutting down: reconnect after Retry-After, to this node or another (SERVICE_UNAVAILABLE); "
                    + "or the database cannot be reached (DATABASE_UNAVAILABLE)")),
            Map.entry("findAuditBundle", Map.of(
                    "404", "No agreement has this id (UNKNOWN_AGREEMENT)",
                    "503", "No signed checkpoint covers the agreement's newest event yet: retry after Retry-After "
                            + "(SERVICE_UNAVAILABLE); or the database cannot be reached (DATABASE_UNAVAILABLE)")));

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> complete(path, method, operation)));
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        Map<String, String> problems = new LinkedHashMap<>(PARTICULAR.getOrDefault(operation.getOperationId(), Map.of()));
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean anonymous = operation.getSecurity() != null && operation.getSecurity().isEmpty();
        if (parameters.stream().anyMatch(parameter -> "query".equals(parameter.getIn()) || "path".equals(parameter.getIn()))
                || operation.getRequestBody() != null) {
            problems.putIfAbsent("400", "A parameter or the body is invalid; errors names each wrong field "
                    + "(VALIDATION_FAILED, MALFORMED_REQUEST)");
        }
        if (operation.getRequestBody() != null) {
            problems.putIfAbsent("413", "The body is larger than the service accepts, 64 KiB unless configured "
                    + "(PAYLOAD_TOO_LARGE; maxBodySize gives the limit)");
        }
        if (path.contains("{")) {
            problems.putIfAbsent("404", "Nothing has this id (NOT_FOUND)");
        }
        if (!anonymous) {
            problems.putIfAbsent("401", "No or wrong credentials");
            if (path.startsWith("/admin/")) {
                problems.putIfAbsent("403", "Only ADMIN may do this");
            } else if (method != PathItem.HttpMethod.GET) {
                problems.putIfAbsent("403", "The user's role may not do this");
            }
        }
        problems.putIfAbsent("406", "The Accept header allows none of the media types this operation answers "
                + "(NOT_ACCEPTABLE)");
        problems.putIfAbsent("500", "Something went wrong inside the service (INTERNAL_ERROR); nothing about it is "
                + "disclosed");
        problems.putIfAbsent("503", method == PathItem.HttpMethod.GET
                ? "The database cannot be reached (DATABASE_UNAVAILABLE): retry after Retry-After"
                : "The database cannot be reached (DATABASE_UNAVAILABLE): retry after Retry-After; outcome says "
                        + "whether nothing was recorded (NOT_RECORDED) or the connection broke while the request ran "
                        + "(UNKNOWN: retry with the same Idempotency-Key and If-Match)");
        problems.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, problem(description));
            }
        });
    }

    static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }
}
