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

/**
 * The packaged service, run as a child process on a free port against the ledger's database, with
 * a non-development password for every user.
 */
public final class ServiceProcess implements AutoCloseable {

    /** The service's configured users; each gets the run's password. */
    public static final List<String> USERS = List.of("clerk", "auditor", "integrator", "admin");
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);
    private static final Duration CHECKPOINT_POLL = Duration.ofMillis(100);

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

    static ServiceProcess start(RebuildOptions options, LedgerDatabase database, List<String> arguments, Path log)
            throws IOException {
        List<String> all = new ArrayList<>(arguments);
        all.addAll(options.serviceArguments());
        return start(options.jar(), options.heap(), options.serviceJvmArguments(), database.url(), database.user(),
                options.password(), all, log);
    }

    /**
     * Starts {@code java -Xmx<heap> <jvm arguments> -jar <jar>} on a free port, as users run it.
     *
     * @param jar the service's executable jar
     * @param heap its maximum heap
     * @param jvmArguments further JVM options (a profiler, for instance)
     * @param databaseUrl the JDBC URL of its database
     * @param databaseUser the database role (trust authentication: no password)
     * @param password the password every one of {@link #USERS} gets
     * @param serviceArguments further service arguments, after the benchmark's own so they may override them
     * @param log where the service's output goes
     * @return the running process; not yet answering
     */
    public static ServiceProcess start(Path jar, String heap, List<String> jvmArguments, String databaseUrl,
                                       String databaseUser, String password, List<String> serviceArguments,
                                       Path log) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No service jar at " + jar.toAbsolutePath()
                    + "; build it with ./mvnw -B -q -DskipTests package -pl api/http -am");
        }
        int port = ServiceProcesses.freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(jvmArguments);
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + databaseUser));
        for (String user : USERS) {
            command.add("--accord.security.users." + user + ".password={noop}" + password);
        }
        command.addAll(serviceArguments);
        Files.createDirectories(log.toAbsolutePath().getParent());
        long startedAt = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ServiceProcess(process, URI.create("http://127.0.0.1:" + port), log, startedAt);
    }

    /** @return the file the service logs to */
    public Path logFile() {
        return log;
    }

    /** @return an HTTP Basic {@code Authorization} value */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public URI base() {
        return base;
    }

    /** @return when the process was started, in {@link System#nanoTime()} */
    public long startedAt() {
        return startedAt;
    }

    /** Waits until {@code /actuator/health} answers UP, or fails with the end of the service's log. */
    public void awaitHealthy(String authorization) throws IOException, InterruptedException {
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

    public void ensureAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("The service exited with " + process.exitValue()
                    + "; its log says:\n" + tail());
        }
    }

    /** @return the process id, to read its CPU time */
    public long pid() {
        return process.pid();
    }

    /**
     * Polls {@code GET /ledger/checkpoint} until the signed tree has at least {@code treeSize} leaves.
     * The service builds the tree and signs in the background, every {@code checkpoint-interval}.
     *
     * @return the signed note of that checkpoint
     */
    public String awaitCheckpoint(long treeSize, String authorization, Duration limit)
            throws IOException, InterruptedException {
        HttpClient http = newClient();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/ledger/checkpoint"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .GET()
                .build();
        long deadline = System.nanoTime() + limit.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            ensureAlive();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                String[] lines = response.body().split("\n", 3);
                if (lines.length == 3 && Long.parseLong(lines[1]) >= treeSize) {
                    return response.body();
                }
                last = "tree size " + (lines.length > 1 ? lines[1] : "?");
            } else {
                last = response.statusCode() + " " + response.body();
            }
            Thread.sleep(CHECKPOINT_POLL.toMillis());
        }
        throw new IllegalStateException("No checkpoint of " + treeSize + " leaves after " + limit.toSeconds()
                + " s (last: " + last + "); the service's log says:\n" + tail());
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

    public String tail() {
        return ServiceProcesses.tellingTail(log);
    }
}
