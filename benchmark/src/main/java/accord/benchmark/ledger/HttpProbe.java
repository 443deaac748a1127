package accord.benchmark.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client that sends one request after the other over one kept-alive HTTP/1.1 connection,
 * through the JDK's blocking {@link HttpURLConnection} (as the command benchmark's clients do: it
 * costs the generator far less CPU than the JDK's {@code HttpClient}).
 */
final class HttpProbe {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final URI base;
    private final String authorization;

    HttpProbe(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    record Answer(int status, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Answer get(String path) throws IOException {
        return send("GET", path, Duration.ofSeconds(30));
    }

    Answer post(String path, Duration timeout) throws IOException {
        return send("POST", path, timeout);
    }

    /** Reads the whole answer, so that the connection goes back to the JDK's keep-alive cache. */
    private Answer send(String method, String path, Duration timeout) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) base.resolve(path).toURL().openConnection();
        connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
        connection.setReadTimeout((int) timeout.toMillis());
        connection.setRequestMethod(method);
        connection.setRequestProperty("Authorization", authorization);
        connection.setRequestProperty("Accept", "application/json, text/plain, application/problem+json");
        if (method.equals("POST")) {
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(0);
            connection.getOutputStream().close();
        }
        int status = connection.getResponseCode();
        InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        if (in == null) {
            return new Answer(status, new byte[0]);
        }
        try (in) {
            return new Answer(status, in.readAllBytes());
        }
    }

    /** @return the answer's body when it is 200, else fails saying what came back */
    Answer ok(Answer answer, String what) {
        if (answer.status() != 200) {
            throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.text());
        }
        return answer;
    }
}
