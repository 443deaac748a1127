package accord.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.ServiceClient.Exchange;
import accord.http.testsupport.TestUsers;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Holds live exchanges against the served OpenAPI document with Atlassian's OpenAPI
 * request/response validator. Requests sent through {@link #valid()} are checked with their
 * answers; requests sent through {@link #wrongOnPurpose()} break the document on purpose, so only
 * their answers are checked.
 */
final class ContractCheck {

    private final String document;
    private final OpenApiInteractionValidator validator;
    private final List<Exchange> valid = new ArrayList<>();
    private final List<Exchange> wrongOnPurpose = new ArrayList<>();
    private final ServiceClient validClient;
    private final ServiceClient wrongClient;

    private ContractCheck(ServiceClient service, String document) {
        this.document = document;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
        this.validClient = service.observedBy(valid::add);
        this.wrongClient = service.observedBy(wrongOnPurpose::add);
    }

    /** Reads {@code /v3/api-docs} from the service. */
    static ContractCheck of(ServiceClient service) throws Exception {
        HttpResponse<String> document = service.get(TestUsers.AUDITOR, "/v3/api-docs");
        assertThat(document.statusCode()).isEqualTo(200);
        return new ContractCheck(service, document.body());
    }

    String document() {
        return document;
    }

    /** @return a client whose requests and answers must both conform */
    ServiceClient valid() {
        return validClient;
    }

    /** @return a client whose requests break the document on purpose: only the answers must conform */
    ServiceClient wrongOnPurpose() {
        return wrongClient;
    }

    /** @return every violation of the document found, one line each */
    List<String> violations() {
        List<String> violations = new ArrayList<>();
        valid.forEach(exchange -> add(validator.validate(request(exchange), response(exchange)), exchange, violations));
        wrongOnPurpose.forEach(exchange -> {
            Request request = request(exchange);
            add(validator.validateResponse(request.getPath(), request.getMethod(), response(exchange)), exchange,
                    violations);
        });
        return violations;
    }

    /** @return how many answers had each status */
    Map<Integer, Long> statuses() {
        return new TreeMap<>(Stream.concat(valid.stream(), wrongOnPurpose.stream())
                .collect(Collectors.groupingBy(exchange -> exchange.answer().statusCode(), Collectors.counting())));
    }

    /** @return the problem codes answered, for every status */
    List<String> statusesAndCodes() {
        return Stream.concat(valid.stream(), wrongOnPurpose.stream())
                .map(exchange -> exchange.answer().statusCode() + " " + codeOf(exchange.answer().body()))
                .toList();
    }

    String summary(String test) {
        return String.format("%s: %d exchanges validated (%d requests and answers, %d answers to requests wrong on "
                + "purpose), by status %s", test, valid.size() + wrongOnPurpose.size(), valid.size(),
                wrongOnPurpose.size(), statuses());
    }

    private static String codeOf(String body) {
        int at = body.indexOf("\"code\":\"");
        return at < 0 ? "" : body.substring(at + 8, body.indexOf('"', at + 8));
    }

    private static void add(ValidationReport report, Exchange exchange, List<String> violations) {
        report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .forEach(message -> violations.add(exchange.request().method() + " " + exchange.request().uri().getRawPath()
                        + (exchange.request().uri().getRawQuery() == null ? "" : "?" + exchange.request().uri().getRawQuery())
                        + " → " + exchange.answer().statusCode() + ": [" + message.getKey() + "] " + message.getMessage()));
    }

    private static Request request(Exchange exchange) {
        HttpRequest sent = exchange.request();
        SimpleRequest.Builder request = new SimpleRequest.Builder(sent.method(), sent.uri().getRawPath());
        sent.headers().map().forEach(request::withHeader);
        String query = sent.uri().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                request.withQueryParam(name, value);
            }
        }
        if (exchange.body() != null) {
            request.withBody(exchange.body());
        }
        return request.build();
    }

    private static SimpleResponse response(Exchange exchange) {
        HttpResponse<String> answer = exchange.answer();
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode());
        answer.headers().map().forEach(response::withHeader);
        if (!answer.body().isEmpty()) {
            response.withBody(answer.body());
        }
        return response.build();
    }
}
