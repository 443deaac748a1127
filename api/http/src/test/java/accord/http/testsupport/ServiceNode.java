package accord.http.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/accord.jar}) run as a separate operating-system process, as
 * operators run it: on a free loopback port (kept across restarts, so clients reconnect to the same
 * address), against a given PostgreSQL database, with {@link TestUsers}, the run's shared
 * {@link TestLedger} signing key and loopback webhook targets allowed. Its output goes to
 * {@code target/reliability/<name>-<start>.log}. {@link #kill()} sends {@code SIGKILL}
 * ({@link Process#destroyForcibly()} on Linux) and {@link #start()} starts it again.
 * A JVM shutdown hook kills every node still running, so a failed test leaves no process behind.
 */
public final class ServiceNode implements AutoCloseable {

    /** The exit code of a process ended by {@code SIGKILL} (128 + 9). */
    public static final int KILLED = 137;

    private static final Path JAR = Path.of("target", "accord.jar");
    private static final Path LOGS = Path.of("target", "reliability");
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "kill service nodes"));
    }

    private final String name;
    private final String databaseUrl;
    private final Map<String, String> properties;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private Process process;
    private Path log;
    private int starts;

    private ServiceNode(String name, String databaseUrl, Map<String, String> properties, int port) {
        this.name = name;
        this.databaseUrl = databaseUrl;
        this.properties = properties;
        this.port = port;
    }

    /**
     * A node not started yet.
     *
     * @param name        a short name, for its log files
     * @param databaseUrl the JDBC URL of its database (on {@link TestDatabase}'s server)
     * @param properties  further service properties, which win over the test ones
     * @return the node; call {@link #start()}
     */
    public static ServiceNode on(String name, String databaseUrl, Map<String, String> properties) {
        return new ServiceNode(name, databaseUrl, new LinkedHashMap<>(properties), freePort());
    }

    /** @return the node's name */
    public String name() {
        return name;
    }

    /** @return the loopback port the node listens on, the same after every restart */
    public int port() {
        return port;
    }

    /** @return the node's base URI */
    public URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** @return a client of this node */
    public ServiceClient client(com.fasterxml.jackson.databind.ObjectMapper json) {
        return new ServiceClient(port, json);
    }

    /** @return how many times the node was started */
    public int starts() {
        return starts;
    }

    /** @return whether the process is running */
    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the process and waits until {@code /actuator/health} answers; fails with the log's end. */
    public ServiceNode start() {
        launch();
        awaitAnswering();
        return this;
    }

    /** Starts the process without waiting for it; {@link #awaitAnswering()} waits. */
    public void launch() {
        if (alive()) {
            throw new IllegalStateException(name + " is already running");
        }
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No service jar at " + JAR.toAbsolutePath()
                    + ": the reliability tests run after the package phase (./mvnw verify -pl api/http -am)");
        }
        TestDatabase database = TestDatabase.get();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("server.port", Integer.toString(port));
        all.put("server.address", "127.0.0.1");
        all.put("spring.datasource.url", databaseUrl);
        all.put("spring.datasource.username", database.username());
        all.put("spring.datasource.password", database.password());
        TestUsers.properties().forEach((key, value) -> all.put(key, value.toString()));
        TestLedger.properties().forEach((key, value) -> all.put(key, value.toString()));
        all.put("accord.feed.retry", "250ms");
        all.put("accord.webhooks.allow-private-targets", "true");
        all.put("spring.main.banner-mode", "off");
        all.putAll(properties);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Xss512k", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-XX:ActiveProcessorCount=2", "-jar", JAR.toString()));
        all.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(LOGS);
            starts++;
            log = LOGS.resolve(name + "-" + starts + ".log");
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RUNNING.add(process);
    }

    /** Waits until the node answers {@code /actuator/health} (UP, or DOWN while a projection catches up). */
    public void awaitAnswering() {
        HttpRequest request = HttpRequest.newBuilder(base().resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", ServiceClient.basic(TestUsers.ADMIN))
                .GET()
                .build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!alive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; its log ends:\n"
                        + logTail(40));
            }
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 || answer.statusCode() == 503) {
                    return;
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException notListeningYet) {
                last = notListeningYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(200);
        }
        throw new IllegalStateException(name + " did not answer within " + STARTUP.toSeconds() + " s (last: " + last
                + "); its log ends:\n" + logTail(40));
    }

    /**
     * Kills the process with {@code SIGKILL} and waits for it to end.
     *
     * @return its exit code, {@link #KILLED} on Linux
     */
    public int kill() {
        if (process == null) {
            throw new IllegalStateException(name + " was never started");
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not end after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        RUNNING.remove(process);
        return process.exitValue();
    }

    /** @return the process id of the running process */
    public long pid() {
        return process.pid();
    }

    /** @return the last lines of the current log */
    public String logTail(int lines) {
        if (log == null) {
            return "(not started)";
        }
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()))
                    + "\n(whole log: " + log.toAbsolutePath() + ")";
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** @return every line of every log of this node that contains the text */
    public List<String> logLinesContaining(String text) {
        List<String> found = new ArrayList<>();
        for (int start = 1; start <= starts; start++) {
            try {
                Files.readAllLines(LOGS.resolve(name + "-" + start + ".log")).stream()
                        .filter(line -> line.contains(text)).forEach(found::add);
            } catch (IOException | UncheckedIOException e) {
                found.add("(log " + start + " unreadable: " + e + ")");
            }
        }
        return found;
    }

    /** Kills the process if it runs. */
    @Override
    public void close() {
        if (alive()) {
            kill();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
