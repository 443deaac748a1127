package accord.query.webhooks;

import accord.messages.feed.CloudEventExtensions;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Sends one delivery: a POST of one structured CloudEvent, signed as Standard Webhooks says, with
 * the JDK's HTTP client. Redirects are not followed (a 3xx is a failure: the target must name the
 * receiver itself); the target has {@code timeout} to connect and as long again to answer.
 */
public class WebhookSender {

    /** The {@code User-Agent} of deliveries. */
    public static final String USER_AGENT = "Accord-Webhooks/1";

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    public WebhookSender(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
        // HTTP/1.1 for every target: on plain http the client would otherwise try an h2c upgrade, which
        // some receivers answer badly.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    /**
     * @param url     the target
     * @param id      the {@code webhook-id}: the event's id, the same on every attempt
     * @param body    a structured CloudEvent
     * @param secrets what to sign with
     * @return how it went
     * @throws InterruptedException when the node stops during the request; the attempt does not count
     */
    public DeliveryOutcome send(String url, String id, byte[] body, List<WebhookSecret> secrets)
            throws InterruptedException {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", CloudEventExtensions.EVENT_MEDIA_TYPE)
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(secrets, id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            // Connecting and answering each have the timeout; the body is bounded by the same again.
            HttpResponse<Void> response = answer.get(timeout.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
            return DeliveryOutcome.answered(response.statusCode(), since(start));
        } catch (TimeoutException e) {
            answer.cancel(true);
            return DeliveryOutcome.failed("no answer within " + timeout.multipliedBy(2).toMillis() + " ms", since(start));
        } catch (ExecutionException e) {
            return DeliveryOutcome.failed(describe(e.getCause()), since(start));
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        }
    }

    private String describe(Throwable failure) {
        if (failure instanceof HttpTimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        if (failure instanceof ConnectException) {
            return "could not connect" + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        }
        if (failure instanceof SSLException) {
            return "TLS failed: " + failure.getMessage();
        }
        if (failure instanceof IOException) {
            return "the request failed: " + (failure.getMessage() == null
                    ? failure.getClass().getSimpleName() : failure.getMessage());
        }
        return "the request failed: " + failure;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
