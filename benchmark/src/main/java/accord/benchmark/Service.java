package accord.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The packaged service, run as a child process on a free port against the scratch database. */
final class Service implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(2);
    private static final Duration SHUTDOWN = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final URI base;
    private final Path log;

    private Service(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * @param arguments service arguments of this side (its signing key, whether it notarises),
     *     before the user's {@code --service-arg}s so that those may override them
     */
    static Service start(Options options, ScratchDatabase database, List<String> arguments, Path log)
            throws IOException {
        if (!Files.isRegularFile(options.jar())) {
            throw new IllegalStateException("No service jar at " + options.jar().toAbsolutePath()
                    + "; build it with ./mvnw -B -q -DskipTests package -pl api/http -am");
        }
        int port = ServiceProcesses.freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + options.heap()));
        command.addAll(options.jvmArguments());
        command.addAll(List.of(
                "-jar", options.jar().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + options.database().user()));
        if (!options.database().password().isEmpty()) {
            command.add("--spring.datasource.password=" + options.database().password());
        }
        for (int u = 0; u < options.users().size(); u++) {
            command.add("--" + options.passwordProperty()
                    .replace("{name}", options.users().get(u))
                    .replace("{index}", String.valueOf(u))
                    + "={noop}" + options.password());
        }
        command.addAll(arguments);
        command.addAll(options.serviceArguments());
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new Service(process, URI.create("http://127.0.0.1:" + port), log);
    }

    URI base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /**
     * Waits until {@code /actuator/health} reports UP, or fails with the end of the service's log.
     * A {@code ledger} health component that is DOWN while every other one is UP is accepted and
     * said: that component fails until the first self-audit has run (it reports null details).
     */
    void awaitHealthy(String authorization) throws IOException, InterruptedException {
        HttpClient http = HttpWorkload.newClient();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", authorization)
                .GET()
                .build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue()
                        + " while starting; its log says:\n" + tail());
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().startsWith("{\"status\":\"UP\"")) {
                    return;
                }
                if (response.statusCode() == 503 && upButTheLedger(response.body())) {
                    System.out.println("note: the service's health is DOWN only for its ledger component "
                            + JSON.readTree(response.body()).path("components").path("ledger")
                            + "; every other component is UP, so the run goes on");
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException notListeningYet) {
                last = notListeningYet.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The service was not healthy after " + STARTUP.toSeconds()
                + " s (last answer: " + last + "); its log says:\n" + tail());
    }

    private static boolean upButTheLedger(String body) {
        try {
            JsonNode components = JSON.readTree(body).path("components");
            if (!components.isObject() || !components.has("ledger")) {
                return false;
            }
            for (var component : (Iterable<java.util.Map.Entry<String, JsonNode>>) components::fields) {
                if (!component.getKey().equals("ledger") && !"UP".equals(component.getValue().path("status").asText())) {
                    return false;
                }
            }
            return true;
        } catch (IOException notJson) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "service at " + base;
    }

    /** Stops the service gracefully, then forcibly if it does not exit in time. */
    @Override
    public void close() throws InterruptedException {
        ServiceProcesses.stop(process, SHUTDOWN);
    }

    private String tail() {
        return ServiceProcesses.tellingTail(log);
    }
}
