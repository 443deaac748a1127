package accord.http.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static final String PATH = "/agreements/kr-blackrock-ai-datacentre-mou/record-milestone";

    @Test
    void theSameJsonWrittenOtherwiseIsTheSameRequest() {
        assertThat(of("POST", PATH, "{\"label\":\"Review\",\"n\":1}"))
                .isEqualTo(of("POST", PATH, " { \"n\" : 1.0, \"label\" : \"Review\" } "))
                .hasSize(64);
    }

    @Test
    void anotherBodyPathOrMethodIsAnotherRequest() {
        String original = of("POST", PATH, "{\"label\":\"Review\"}");
        assertThat(of("POST", PATH, "{\"label\":\"Reviews\"}")).isNotEqualTo(original);
        assertThat(of("POST", PATH.replace("milestone", "statement"), "{\"label\":\"Review\"}")).isNotEqualTo(original);
        assertThat(of("PUT", PATH, "{\"label\":\"Review\"}")).isNotEqualTo(original);
    }

    @Test
    void aBodyThatIsNotJsonIsHashedAsSent() {
        assertThat(of("POST", PATH, "{")).isNotEqualTo(of("POST", PATH, "{ "));
    }

    private static String of(String method, String path, String body) {
        return RequestFingerprint.of(method, path, body.getBytes(StandardCharsets.UTF_8));
    }
}
