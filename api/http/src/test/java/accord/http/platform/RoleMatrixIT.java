package accord.http.platform;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUser;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The role matrix of docs/roles.md is the truth: it lists exactly the endpoints the service maps
 * (every Spring MVC and actuator mapping, so a new endpoint fails here until the matrix has its row),
 * and every endpoint answers every caller as the matrix says: anonymous, a user of each role and an
 * API token of each role. Requests are harmless: ids that do not exist, empty or invalid bodies; an
 * allowed request may answer 400 or 404, only 401 and 403 count.
 */
@AccordIntegrationTest
// Spring Boot's tests switch metrics export off, and with it /actuator/prometheus; the service has it.
@AutoConfigureObservability(tracing = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixIT {

    private static final List<String> ROLES = List.of("CLERK", "AUDITOR", "INTEGRATOR", "ADMIN");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z]+) (/\\S*)` \\|(.*)\\|\\s*$");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Caller> callers = new ArrayList<>();

    @BeforeAll
    void signInEveryWay() throws Exception {
        ServiceClient service = new ServiceClient(port, json);
        String run = UUID.randomUUID().toString().substring(0, 8);
        callers.add(new Caller("anonymous", null, null));
        for (TestUser user : TestUsers.ALL) {
            callers.add(new Caller("user " + user.name(), ServiceClient.basic(user), user.role()));
        }
        for (String role : ROLES) {
            HttpResponse<String> issued = service.exchange("POST", "/admin/tokens", ServiceClient.basic(TestUsers.ADMIN),
                    json.writeValueAsString(Map.of("name", "matrix-" + role.toLowerCase() + "-" + run, "role", role)));
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            callers.add(new Caller("token of " + role, "Bearer " + json.readTree(issued.body()).path("token").asText(),
                    role));
        }
    }

    @Test
    void theMatrixListsExactlyTheEndpointsTheServiceMaps() throws IOException {
        Set<Endpoint> documented = matrix().keySet();
        Set<Endpoint> mapped = mappedEndpoints();

        Set<Endpoint> missing = new TreeSet<>(mapped);
        missing.removeAll(documented);
        Set<Endpoint> stale = new TreeSet<>(documented);
        stale.removeAll(mapped);
        assertThat(missing).as("endpoints the service maps that docs/roles.md does not list").isEmpty();
        assertThat(stale).as("rows of docs/roles.md the service does not map").isEmpty();
        assertThat(mapped).as("the actuator endpoints are among them")
                .contains(new Endpoint("GET", "/actuator/info"), new Endpoint("GET", "/actuator/prometheus"),
                        new Endpoint("GET", "/actuator/metrics"));
    }

    @Test
    void everyCallerIsLetThroughOrRefusedAsTheMatrixSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<Endpoint, Row> row : matrix().entrySet()) {
            for (Caller caller : callers) {
                boolean allowed = caller.role() == null ? row.getValue().anonymous()
                        : row.getValue().roles().contains(caller.role());
                int status = send(row.getKey(), caller);
                requests++;
                boolean refused = status == 401 || status == 403;
                int refusal = caller.role() == null ? 401 : 403;
                if (allowed ? refused : status != refusal) {
                    wrong.add(row.getKey() + " as " + caller.label() + ": " + status + ", expected "
                            + (allowed ? "neither 401 nor 403" : refusal));
                }
            }
        }
        assertThat(requests).isGreaterThan(500);
        assertThat(wrong).as("answers that break docs/roles.md").isEmpty();
    }

    private int send(Endpoint endpoint, Caller caller) throws Exception {
        String path = fill(endpoint.path());
        boolean stream = path.equals("/events/stream");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path
                        + (stream ? "?after=now" : "")))
                .timeout(Duration.ofSeconds(30));
        if (caller.authorization() != null) {
            request.header("Authorization", caller.authorization());
        }
        String method = endpoint.method().equals("ANY") ? "GET" : endpoint.method();
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<InputStream> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = answer.body()) {
            if (!stream) {
                body.readAllBytes();
            }
        }
        return answer.statusCode();
    }

    /** Fills path variables with values that name nothing. */
    private static String fill(String pattern) {
        return pattern.replace("**", "nothing").replaceAll("\\{\\*[^}]+}", "nothing")
                .replace("{position}", "999999999")
                .replace("{fileName}", "NoSuchEvent.v1.json")
                .replace("{requiredMetricName}", "no.such.metric")
                .replaceAll("\\{[^}]+}", "no-such-thing");
    }

    private Set<Endpoint> mappedEndpoints() {
        Set<Endpoint> endpoints = new LinkedHashSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add(new Endpoint("ANY", pattern));
                    }
                    methods.forEach(method -> endpoints.add(new Endpoint(method.name(), pattern)));
                }
            }
        }
        return endpoints;
    }

    private static Map<Endpoint, Row> matrix() throws IOException {
        Map<Endpoint, Row> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(rolesDocument())) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            String[] cells = row.group(3).split("\\|");
            assertThat(cells).as(line).hasSize(1 + ROLES.size());
            Set<String> roles = new LinkedHashSet<>();
            for (int i = 0; i < ROLES.size(); i++) {
                if (allowed(cells[i + 1], line)) {
                    roles.add(ROLES.get(i));
                }
            }
            Endpoint endpoint = new Endpoint(row.group(1), row.group(2));
            assertThat(rows.put(endpoint, new Row(allowed(cells[0], line), roles))).as("listed twice: " + line).isNull();
        }
        assertThat(rows).as("rows in docs/roles.md").isNotEmpty();
        return rows;
    }

    private static boolean allowed(String cell, String line) {
        String value = cell.trim();
        assertThat(value).as("a cell of " + line).isIn("yes", "—");
        return value.equals("yes");
    }

    private static Path rolesDocument() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path document = folder.resolve("docs").resolve("roles.md");
            if (Files.isRegularFile(document)) {
                return document;
            }
        }
        throw new AssertionError("docs/roles.md not found above " + Path.of("").toAbsolutePath());
    }

    private record Endpoint(String method, String path) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private record Row(boolean anonymous, Set<String> roles) {
    }

    /** @param role the caller's role; null when anonymous */
    private record Caller(String label, String authorization, String role) {
    }
}
