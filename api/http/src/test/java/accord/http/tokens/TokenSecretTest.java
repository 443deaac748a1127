package accord.http.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aTokenIsThePrefixAnd32RandomBytesInBase64Url() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = TokenSecret.generate(random);
            assertThat(token).matches("acc_[A-Za-z0-9_-]{43}");
            assertThat(TokenSecret.wellFormed(token)).isTrue();
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void onlyTheTokenFormIsLookedUp() {
        String token = TokenSecret.generate(random);

        assertThat(TokenSecret.wellFormed(token.substring(1))).isFalse();
        assertThat(TokenSecret.wellFormed(token + "A")).isFalse();
        assertThat(TokenSecret.wellFormed("xyz_" + token.substring(4))).isFalse();
        assertThat(TokenSecret.wellFormed(token.substring(0, 46) + "=")).isFalse();
        assertThat(TokenSecret.wellFormed("")).isFalse();
    }

    @Test
    void theStoredFormIsTheSha256InHex() {
        assertThat(TokenSecret.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TokenSecret.shownPart("acc_abcdefgh")).isEqualTo("acc_abcd");
    }
}
