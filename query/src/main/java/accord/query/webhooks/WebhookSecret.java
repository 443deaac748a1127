package accord.query.webhooks;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * A Standard Webhooks signing secret: {@code whsec_} and the base64 of the key. Printing one shows
 * only its prefix, so a secret never ends up in a log by accident.
 *
 * @param text the secret as integrators configure it in their verifier
 */
public record WebhookSecret(String text) {

    /** What every secret starts with. */
    public static final String PREFIX = "whsec_";

    /** Random bytes in a new key: 256 bits, as many as HMAC-SHA256 can use. */
    public static final int KEY_BYTES = 32;

    public WebhookSecret {
        Objects.requireNonNull(text, "text");
        if (!text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
        if (decode(text).length < 24) {
            throw new IllegalArgumentException("a webhook secret has at least 24 bytes of key");
        }
    }

    /** @return a new secret of {@value #KEY_BYTES} random bytes */
    public static WebhookSecret generate(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** @return the HMAC key */
    public byte[] key() {
        return decode(text);
    }

    @Override
    public String toString() {
        return PREFIX + "…";
    }

    private static byte[] decode(String text) {
        return Base64.getDecoder().decode(text.substring(PREFIX.length()));
    }
}
