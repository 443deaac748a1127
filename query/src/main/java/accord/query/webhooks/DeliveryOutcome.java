package accord.query.webhooks;

import java.time.Duration;

/**
 * What one POST to a target came to.
 *
 * @param statusCode the HTTP status answered, or null when there was no answer
 * @param error      why it is not a delivery (null when it is one)
 * @param duration   how long it took
 */
public record DeliveryOutcome(Integer statusCode, String error, Duration duration) {

    /** @return the outcome of an answer */
    public static DeliveryOutcome answered(int statusCode, Duration duration) {
        boolean delivered = statusCode >= 200 && statusCode < 300;
        return new DeliveryOutcome(statusCode, delivered ? null : "HTTP " + statusCode
                + (statusCode >= 300 && statusCode < 400 ? " (redirects are not followed)" : ""), duration);
    }

    /** @return the outcome of a request that got no answer */
    public static DeliveryOutcome failed(String error, Duration duration) {
        return new DeliveryOutcome(null, error, duration);
    }

    /** @return whether the target took the event */
    public boolean delivered() {
        return error == null;
    }

    /** @return whether the target says it is gone for good (HTTP 410) */
    public boolean gone() {
        return statusCode != null && statusCode == 410;
    }
}
