package accord.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What both benchmarks do with the service process they start: a port, a stop, a telling log. */
public final class ServiceProcesses {

    private ServiceProcesses() {
    }

    /** @return a port free on loopback now */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Stops the process gracefully (so that the service shuts down cleanly and a flight recording
     * is written), then forcibly if it does not exit in time.
     */
    public static void stop(Process process, Duration patience) throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(patience.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(patience.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** @return the last lines of the log that say why the service failed, rather than its stack frames */
    public static String tellingTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            List<String> telling = lines.stream()
                    .filter(line -> line.contains(" ERROR ") || line.contains(" WARN ") || line.startsWith("Caused by:")
                            || line.contains("APPLICATION FAILED") || line.startsWith("Description:")
                            || line.startsWith("Action:") || line.startsWith("Reason:"))
                    .toList();
            List<String> shown = telling.isEmpty() ? lines : telling;
            return String.join("\n", shown.subList(Math.max(0, shown.size() - 20), shown.size()))
                    + "\n(whole log: " + log.toAbsolutePath() + ")";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
