package accord.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A client that sends one request after the other over one kept-alive HTTP/1.1 connection,
 * through the JDK's blocking {@link HttpURLConnection}: the JDK's {@code HttpClient} hands every
 * exchange between its threads and cost the generator about 1.2 ms of CPU per command, CPU the
 * service on the same two cores then lacks; the blocking client costs a fraction of that. One
 * probe may serve several threads, each then on its own connection.
 */
public final class HttpProbe {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String ANSWERS = "application/json, text/plain, application/problem+json";

    private final URI base;
    private final String authorization;

    /**
     * @param base          the service's base URI
     * @param authorization the {@code Authorization} header every request carries
     */
    public HttpProbe(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /**
     * One answer, read whole.
     *
     * @param status  the HTTP status
     * @param body    the body, empty when there is none
     * @param headers the headers, their names in any case
     */
    public record Answer(int status, byte[] body, Map<String, List<String>> headers) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** @return the first value of the header, or null */
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    public Answer get(String path) throws IOException {
        return get(path, ANSWERS);
    }

    /** @param accept the media types asked for */
    public Answer get(String path, String accept) throws IOException {
        return send("GET", path, accept, null, TIMEOUT);
    }

    /** A POST without a body. */
    public Answer post(String path, Duration timeout) throws IOException {
        return send("POST", path, ANSWERS, new byte[0], timeout);
    }

    /** A POST of a JSON body, a command for instance. */
    public Answer postJson(String path, String json) throws IOException {
        return send("POST", path, ANSWERS, json.getBytes(StandardCharsets.UTF_8), TIMEOUT);
    }

    /** @return the answer when it is 200, else fails saying what came back */
    public Answer ok(Answer answer, String what) {
        if (answer.status() != 200) {
            throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.text());
        }
        return answer;
    }

    /** Reads the whole answer, so that the connection goes back to the JDK's keep-alive cache. */
    private Answer send(String method, String path, String accept, byte[] json, Duration timeout) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) base.resolve(path).toURL().openConnection();
        connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
        connection.setReadTimeout((int) timeout.toMillis());
        connection.setRequestMethod(method);
        connection.setRequestProperty("Authorization", authorization);
        connection.setRequestProperty("Accept", accept);
        if (json != null) {
            connection.setDoOutput(true);
            if (json.length > 0) {
                connection.setRequestProperty("Content-Type", "application/json");
            }
            connection.setFixedLengthStreamingMode(json.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(json);
            }
        }
        int status = connection.getResponseCode();
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        connection.getHeaderFields().forEach((name, values) -> {
            if (name != null) {
                headers.put(name, values);
            }
        });
        InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        if (in == null) {
            return new Answer(status, new byte[0], headers);
        }
        try (in) {
            return new Answer(status, in.readAllBytes(), headers);
        }
    }
}
