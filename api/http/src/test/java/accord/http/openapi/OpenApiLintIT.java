package accord.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI document the running service serves passes Redocly CLI's {@code recommended} rules with
 * no error and no warning. Redocly CLI runs under Node.js from {@code src/test/openapi-lint} ({@code npm
 * ci} there; {@code .ci/run} does it), with the rules in its {@code redocly.yaml}. Without Node.js or the
 * modules the test fails; it never skips.
 */
@AccordIntegrationTest
class OpenApiLintIT {

    private static final Duration NODE_PATIENCE = Duration.ofMinutes(2);
    private static final String INSTALL = "Node.js and Redocly CLI are needed: .ci/run installs them "
            + "(apt-get install -y nodejs npm; npm ci --ignore-scripts --prefix api/http/src/test/openapi-lint).";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @Test
    void theServedDocumentPassesRedoclysRecommendedRulesWithoutAnErrorOrAWarning() throws Exception {
        HttpResponse<String> answer = new ServiceClient(port, json).get(TestUsers.AUDITOR, "/v3/api-docs");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Path document = Path.of("target", "openapi-lint", "api-docs.json").toAbsolutePath();
        Files.createDirectories(document.getParent());
        Files.writeString(document, answer.body(), StandardCharsets.UTF_8);

        Result result = lint(document);

        assertThat(result.output().strip()).as("Redocly's JSON report; it wrote to stderr: %s", result.errors())
                .startsWith("{");
        JsonNode report = json.readTree(result.output());
        List<String> problems = new ArrayList<>();
        report.path("problems").forEach(problem -> problems.add(problem.path("severity").asText() + " "
                + problem.path("ruleId").asText() + " at " + problem.path("location").findValuesAsText("pointer")
                + ": " + problem.path("message").asText()));
        assertThat(problems).as("%d problems in %s", problems.size(), document).isEmpty();
        assertThat(report.path("totals").path("errors").asInt(-1)).isZero();
        assertThat(report.path("totals").path("warnings").asInt(-1)).isZero();
        assertThat(result.exitCode()).as(result.errors()).isZero();
    }

    /** Runs Redocly CLI on the document; fails with what to install when Node.js or the CLI is missing. */
    private static Result lint(Path document) throws Exception {
        Path folder = Path.of("src", "test", "openapi-lint");
        if (!Files.isDirectory(folder)) {
            folder = Path.of("api", "http").resolve(folder); // run from the repository's root
        }
        Path cli = folder.resolve("node_modules").resolve("@redocly").resolve("cli").resolve("bin").resolve("cli.js");
        if (!Files.isRegularFile(cli)) {
            fail("%s has no node_modules/@redocly/cli. %s", folder.toAbsolutePath(), INSTALL);
        }
        ProcessBuilder builder = new ProcessBuilder("node", cli.toAbsolutePath().toString(), "lint",
                document.toString(), "--config", "redocly.yaml", "--format", "json")
                .directory(folder.toFile());
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process;
        try {
            process = builder.start();
        } catch (IOException missing) {
            return fail("Cannot run node: %s. %s", missing.getMessage(), INSTALL);
        }
        CompletableFuture<String> output = readAll(process.getInputStream());
        CompletableFuture<String> errors = readAll(process.getErrorStream());
        if (!process.waitFor(NODE_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Redocly CLI did not end within %s", NODE_PATIENCE);
        }
        return new Result(process.exitValue(), output.get(10, TimeUnit.SECONDS), errors.get(10, TimeUnit.SECONDS));
    }

    private static CompletableFuture<String> readAll(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException failure) {
                return "(output unreadable: " + failure + ")";
            }
        });
    }

    private record Result(int exitCode, String output, String errors) {
    }
}
