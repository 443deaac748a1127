package accord.query.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a delivery as the Standard Webhooks specification says: {@code v1,} and the base64 of
 * HMAC-SHA256 over {@code <webhook-id>.<webhook-timestamp>.<body>}, one such signature per secret,
 * separated by spaces (while a rotated-out secret is still honoured, receivers accept either).
 */
public final class WebhookSignature {

    private static final String HMAC = "HmacSHA256";

    private WebhookSignature() {
    }

    /**
     * @param secrets   the subscription's current secret first, then any it still signs with
     * @param id        the {@code webhook-id}
     * @param timestamp the {@code webhook-timestamp}, seconds since the epoch
     * @param body      the body exactly as sent
     * @return the {@code webhook-signature} header's value
     */
    public static String header(List<WebhookSecret> secrets, String id, long timestamp, byte[] body) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a delivery is signed with at least one secret");
        }
        return secrets.stream().map(secret -> sign(secret, id, timestamp, body)).collect(Collectors.joining(" "));
    }

    /** @return one {@code v1,<base64>} signature */
    public static String sign(WebhookSecret secret, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.key(), HMAC));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
