package accord.http.openapi;

import accord.http.agreements.AgreementAction;
import accord.http.agreements.AgreementRequest;
import accord.http.demo.SeedAgreement;
import accord.http.demo.SeedAgreements;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes each agreement operation: a request example from the seed agreements, the success
 * answers with their ETag (and Location where the agreement is created), and every problem answer.
 */
class AgreementOperations implements OpenApiCustomizer {

    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String JSON = "application/json";

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().stream()
                .flatMap(path -> path.readOperationsMap().entrySet().stream())
                .forEach(entry -> complete(entry.getKey(), entry.getValue()));
    }

    private void complete(PathItem.HttpMethod method, Operation operation) {
        if ("findAgreement".equals(operation.getOperationId())) {
            ApiResponses responses = operation.getResponses();
            jsonOnly(responses.get("200")).description("The agreement's current state").addHeaderObject("ETag", etag());
            responses.addApiResponse("304", new ApiResponse().description("Not modified: If-None-Match named the current version"));
            addProblems(responses, Map.of(
                    "400", "The id or minVersion is invalid (INVALID_AGREEMENT_ID, VALIDATION_FAILED)",
                    "404", "No agreement has this id (UNKNOWN_AGREEMENT)"));
            return;
        }
        Optional<AgreementAction> action = Stream.of(AgreementAction.values())
                .filter(candidate -> candidate.operationId().equals(operation.getOperationId()))
                .findFirst();
        if (method != PathItem.HttpMethod.POST || action.isEmpty()) {
            return;
        }
        exampleFor(action.get()).ifPresent(example -> operation.getRequestBody().getContent().get(JSON)
                .addExamples("seed", new Example()
                        .summary("From the seed agreement " + example.agreementId())
                        .value(example.body())));
        ApiResponses responses = operation.getResponses();
        ApiResponse recorded = jsonOnly(responses.get("200"))
                .description("Recorded: the agreement's id, its version after the command and the ledger position "
                        + "of the command's last event")
                .addHeaderObject("ETag", etag());
        if (action.get() == AgreementAction.PROPOSE_AGREEMENT) {
            responses.remove("200");
            responses.addApiResponse("201", recorded.description("Proposed; Location names the new agreement")
                    .addHeaderObject("Location", location()));
        } else if (action.get() == AgreementAction.SIGN_MOU) {
            responses.addApiResponse("201", new ApiResponse()
                    .description("The MoU did not exist yet: recorded as a signed MoU; Location names it")
                    .content(recorded.getContent())
                    .headers(new LinkedHashMap<>(Map.of("ETag", etag(), "Location", location()))));
        }
        operation.addParametersItem(new HeaderParameter().name("If-Match").required(false)
                .description("Record only if the agreement is at this version: its ETag as answers give it (\"3\"), "
                        + "or * (the agreement must exist). Otherwise 412 VERSION_MISMATCH, with the current version.")
                .schema(new StringSchema().example("\"3\"")));
        operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                .description("1 to 255 printable ASCII characters, quoted or not (a UUID is a good key). A retry with "
                        + "the same key and request, by the same user within 24 h, gets the first answer again "
                        + "(Idempotency-Replayed: true) and records nothing more.")
                .schema(new StringSchema().maxLength(257).example("\"8e03978e-40d5-43e8-bc93-6894a57f9324\"")));
        recorded.addHeaderObject("Idempotency-Replayed", new Header()
                .description("true when this is the stored answer to an earlier request with the same Idempotency-Key")
                .schema(new StringSchema()));
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Invalid input; errors lists every wrong field "
                + "(VALIDATION_FAILED, MALFORMED_JSON, UNKNOWN_FIELD, INVALID_AGREEMENT_ID, INVALID_IF_MATCH, "
                + "INVALID_IDEMPOTENCY_KEY)");
        if (action.get() != AgreementAction.PROPOSE_AGREEMENT) {
            problems.put("404", "No agreement has this id (UNKNOWN_AGREEMENT)");
        }
        problems.put("409", "Refused: the command clashes with the agreement's state, for example ALREADY_SIGNED "
                + "or AGREEMENT_TERMINATED; CONCURRENT_MODIFICATION (another command won the race: read and retry); "
                + "IDEMPOTENCY_KEY_IN_USE (a request with this key is still running: retry after Retry-After)");
        problems.put("412", "VERSION_MISMATCH: the agreement is not at the version If-Match names (or does not exist); "
                + "currentVersion and the ETag header give its version");
        problems.put("415", "The body is not application/json (UNSUPPORTED_MEDIA_TYPE)");
        problems.put("422", "Refused: the command breaks a rule of the domain, for example SIGNATORY_NOT_A_PARTY "
                + "or DATE_BEFORE_PROPOSAL; IDEMPOTENCY_KEY_REUSED (the key was used for another request)");
        addProblems(responses, problems);
        ApiResponse preconditionFailed = responses.get("412");
        preconditionFailed.addHeaderObject("ETag", new Header()
                .description("The agreement's current version, quoted, when it exists").schema(new StringSchema()));
    }

    private static Optional<ExampleBody> exampleFor(AgreementAction action) {
        return Stream.concat(SeedAgreements.all().stream(), SeedAgreements.illustrations().stream())
                .flatMap(seed -> seed.steps().stream().map(step -> new ExampleBody(seed, step)))
                .filter(example -> action.bodyType().isInstance(example.body()))
                .findFirst();
    }

    private static void addProblems(ApiResponses responses, Map<String, String> problems) {
        Map<String, String> all = new LinkedHashMap<>(problems);
        all.put("401", "No or wrong credentials");
        all.put("403", "The user's role may not do this");
        all.put("500", "Something went wrong inside the service (INTERNAL_ERROR); nothing about it is disclosed");
        all.forEach((status, description) -> responses.addApiResponse(status, new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
    }

    private static ApiResponse jsonOnly(ApiResponse response) {
        if (response.getContent() != null && !response.getContent().isEmpty()) {
            MediaType any = response.getContent().values().iterator().next();
            response.setContent(new Content().addMediaType(JSON, any));
        }
        return response;
    }

    private static Header etag() {
        return new Header().description("The agreement's version, quoted: \"3\"").schema(new StringSchema());
    }

    private static Header location() {
        return new Header().description("/agreements/{id}").schema(new StringSchema());
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().example("parties[0].code"))
                .addProperty("code", new StringSchema().example("REQUIRED"))
                .addProperty("message", new StringSchema().example("must not be blank"));
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("/problems/already-signed"))
                .addProperty("title", new StringSchema().example("Already signed"))
                .addProperty("status", new IntegerSchema().example(409))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().example("/agreements/kr-blackrock-ai-datacentre-mou/sign-mou"))
                .addProperty("code", new StringSchema().example("ALREADY_SIGNED"))
                .addProperty("errors", new ArraySchema().items(fieldProblem))
                .addProperty("currentVersion", new IntegerSchema().format("int64")
                        .description("VERSION_MISMATCH only: the agreement's current version"))
                .addProperty("maxBodySize", new IntegerSchema().format("int64")
                        .description("PAYLOAD_TOO_LARGE only: the largest body accepted, in bytes"))
                .addProperty("line", new IntegerSchema().format("int32")
                        .description("MALFORMED_JSON only: the line where the body stops being JSON"))
                .addProperty("column", new IntegerSchema().format("int32")
                        .description("MALFORMED_JSON only: the column where the body stops being JSON"))
                .addProperty("outcome", new StringSchema()._enum(new java.util.ArrayList<>(List.of("NOT_RECORDED", "UNKNOWN")))
                        .description("DATABASE_UNAVAILABLE on a command only: NOT_RECORDED when nothing was written, "
                                + "UNKNOWN when the connection broke while it ran (it may have been recorded)"))
                .required(List.of("type", "title", "status", "code"));
    }

    private record ExampleBody(String agreementId, AgreementRequest body) {

        ExampleBody(SeedAgreement seed, AgreementRequest body) {
            this(seed.agreementId(), body);
        }
    }
}
