package accord.http.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.ServiceClient;
import accord.messages.feed.EventType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
 * The AsyncAPI document the running service serves is valid AsyncAPI 3.0, as the official AsyncAPI
 * parser ({@code @asyncapi/parser}, which validates against the specification's JSON Schemas, checks
 * bindings and references and runs the AsyncAPI Spectral rules) sees it, and names every event type.
 * The parser runs under Node.js from {@code src/test/asyncapi} ({@code npm ci} there; {@code .ci/run}
 * does it). Without Node.js or the modules the test fails; it never skips.
 */
@AccordIntegrationTest
class AsyncApiDocumentIT {

    private static final Duration NODE_PATIENCE = Duration.ofMinutes(2);
    private static final String INSTALL = "Node.js and the AsyncAPI parser are needed: .ci/run installs them "
            + "(apt-get install -y nodejs npm; npm ci --ignore-scripts --prefix api/http/src/test/asyncapi).";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @Test
    void theOfficialParserFindsNoErrorAndEveryEventTypeInTheServedDocument() throws Exception {
        HttpResponse<String> answer = new ServiceClient(port, json).getAnonymously("/asyncapi.yaml");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/yaml");
        Path document = Path.of("target", "asyncapi", "asyncapi.yaml").toAbsolutePath();
        Files.createDirectories(document.getParent());
        Files.writeString(document, answer.body(), StandardCharsets.UTF_8);

        Result result = validate(document);

        List<JsonNode> errors = new ArrayList<>();
        JsonNode summary = null;
        for (String line : result.output().split("\n")) {
            if (!line.startsWith("{")) {
                continue;
            }
            JsonNode entry = json.readTree(line);
            if ("error".equals(entry.path("diagnostic").asText())) {
                errors.add(entry);
            }
            if (entry.has("summary")) {
                summary = entry.path("summary");
            }
        }
        assertThat(errors).as(result.output()).isEmpty();
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(summary).as("the parser's summary in %s", result.output()).isNotNull();
        assertThat(summary.path("parsed").asBoolean()).isTrue();
        assertThat(summary.path("version").asText()).isEqualTo("3.0.0");
        List<String> channels = new ArrayList<>();
        summary.path("channels").forEach(channel -> channels.add(channel.asText()));
        assertThat(channels).containsExactlyInAnyOrder("eventPages", "eventStream", "webhookDeliveries", "agreementEvents");
        List<String> messages = new ArrayList<>();
        summary.path("messages").forEach(message -> messages.add(message.asText()));
        for (EventType type : EventType.all()) {
            assertThat(messages).as("messages named %s: the stream's, the webhooks' and Kafka's", type.cloudEventType())
                    .filteredOn(type.cloudEventType()::equals).hasSize(3);
        }
    }

    /** Runs the parser's script on the document; fails with what to install when Node.js or the parser is missing. */
    private static Result validate(Path document) throws Exception {
        Path folder = Path.of("src", "test", "asyncapi");
        if (!Files.isDirectory(folder)) {
            folder = Path.of("api", "http").resolve(folder); // run from the repository's root
        }
        if (!Files.isDirectory(folder.resolve("node_modules").resolve("@asyncapi").resolve("parser"))) {
            fail("%s has no node_modules/@asyncapi/parser. %s", folder.toAbsolutePath(), INSTALL);
        }
        ProcessBuilder builder = new ProcessBuilder("node", "validate.mjs", document.toString())
                .directory(folder.toFile()).redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException missing) {
            return fail("Cannot run node: %s. %s", missing.getMessage(), INSTALL);
        }
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException failure) {
                return "(output unreadable: " + failure + ")";
            }
        });
        if (!process.waitFor(NODE_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("The AsyncAPI parser did not end within %s", NODE_PATIENCE);
        }
        return new Result(process.exitValue(), output.get(10, TimeUnit.SECONDS));
    }

    private record Result(int exitCode, String output) {
    }
}
