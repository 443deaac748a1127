package accord.query.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signatures are checked against the Standard Webhooks reference library, never against this code itself. */
class WebhookSignatureTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] BODY = "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"data\":{\"text\":\"Gyeongju – 경주\"}}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void signsThePublishedExampleAsTheSpecificationDoes() {
        // The example of the Standard Webhooks specification and its reference libraries.
        WebhookSecret secret = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        byte[] payload = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, payload))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theReferenceVerifierAcceptsWhatIsSigned() throws Exception {
        WebhookSecret secret = WebhookSecret.generate(RANDOM);
        long now = Instant.now().getEpochSecond();

        new Webhook(secret.text()).verify(new String(BODY, StandardCharsets.UTF_8),
                headers("e-1", now, WebhookSignature.header(List.of(secret), "e-1", now, BODY)));
    }

    @Test
    void duringARotationEitherSecretVerifies() throws Exception {
        WebhookSecret current = WebhookSecret.generate(RANDOM);
        WebhookSecret previous = WebhookSecret.generate(RANDOM);
        long now = Instant.now().getEpochSecond();
        String header = WebhookSignature.header(List.of(current, previous), "e-2", now, BODY);

        assertThat(header.split(" ")).hasSize(2).allSatisfy(signature -> assertThat(signature).startsWith("v1,"));
        new Webhook(current.text()).verify(new String(BODY, StandardCharsets.UTF_8), headers("e-2", now, header));
        new Webhook(previous.text()).verify(new String(BODY, StandardCharsets.UTF_8), headers("e-2", now, header));
    }

    @Test
    void anAlteredBodyIdOrTimestampOrAnotherSecretFailsVerification() {
        WebhookSecret secret = WebhookSecret.generate(RANDOM);
        long now = Instant.now().getEpochSecond();
        String header = WebhookSignature.header(List.of(secret), "e-3", now, BODY);
        String body = new String(BODY, StandardCharsets.UTF_8);
        Webhook verifier = new Webhook(secret.text());

        assertThatThrownBy(() -> verifier.verify(body.replace("경주", "Seoul"), headers("e-3", now, header)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> verifier.verify(body, headers("e-4", now, header)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> verifier.verify(body, headers("e-3", now - 1, header)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(WebhookSecret.generate(RANDOM).text()).verify(body,
                headers("e-3", now, header))).isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void aNewSecretHas32RandomBytesAndNeverPrintsItself() {
        WebhookSecret secret = WebhookSecret.generate(RANDOM);

        assertThat(secret.text()).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.text().substring(6))).hasSize(32);
        assertThat(secret.key()).hasSize(32);
        assertThat(secret.toString()).isEqualTo("whsec_…").doesNotContain(secret.text().substring(6));
        assertThat(WebhookSecret.generate(RANDOM)).isNotEqualTo(secret);
    }

    @Test
    void refusesSecretsWithoutThePrefixOrWithTooShortAKey() {
        assertThatThrownBy(() -> new WebhookSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookSecret("whsec_" + Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature));
    }
}
