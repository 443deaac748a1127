package accord.benchmark.rebuild;

import accord.benchmark.ServiceProcesses;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The packaged service, run as a child process on a free port against the ledger's database. */
final class ServiceProcess implements AutoCloseable {

    static final List<String> USERS = List.of("clerk", "auditor", "integrator", "admin");
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);

    private final Process process;
    private final URI base;
    private final Path log;
    private final long startedAt;

    private ServiceProcess(Process process, URI base, Path log, long startedAt) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.startedAt = startedAt;
    }

    static ServiceProcess start(RebuildOptions options, LedgerDatabase database, Path log) throws IOException {
        if (!Files.isRegularFile(options.jar())) {
            throw new IllegalStateException("No service jar at " + options.jar().toAbsolutePath()
                    + "; build it with ./mvnw -B -q -DskipTests package -pl api/http -am");
        }
        int port = ServiceProcesses.freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + options.heap());
        command.addAll(options.serviceJvmArguments());
        command.addAll(List.of("-jar", options.jar().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user()));
        for (String user : USERS) {
            command.add("--accord.security.users." + user + ".password={noop}" + options.password());
        }
        command.addAll(options.serviceArguments());
        Files.createDirectories(log.toAbsolutePath().getParent());
        long startedAt = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ServiceProcess(process, URI.create("http://127.0.0.1:" + port), log, startedAt);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    URI base() {
        return base;
    }

    /** @return when the process was started, in {@link System#nanoTime()} */
    long startedAt() {
        return startedAt;
    }

    /** Waits until {@code /actuator/health} answers UP, or fails with the end of the service's log. */
    void awaitHealthy(String authorization) throws IOException, InterruptedException {
        HttpClient http = newClient();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", authorization)
                .GET()
                .build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            ensureAlive();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                // Health may say DOWN while the read side lags; the service answers, which is what counts here.
                if (response.statusCode() == 200 || response.statusCode() == 503) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException notListeningYet) {
                last = notListeningYet.toString();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The service did not answer after " + STARTUP.toSeconds()
                + " s (last answer: " + last + "); its log says:\n" + tail());
    }

    void ensureAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("The service exited with " + process.exitValue()
                    + "; its log says:\n" + tail());
        }
    }

    @Override
    public String toString() {
        return "service at " + base;
    }

    /** Stops the service gracefully (so that a flight recording is written), then forcibly. */
    @Override
    public void close() throws InterruptedException {
        ServiceProcesses.stop(process, SHUTDOWN);
    }

    String tail() {
        return ServiceProcesses.tellingTail(log);
    }
}
