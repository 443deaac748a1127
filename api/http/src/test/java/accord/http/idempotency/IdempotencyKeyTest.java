package accord.http.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    @Test
    void noHeaderIsNoKey() {
        assertThat(IdempotencyKey.parse(List.of())).isNull();
    }

    @Test
    void aStructuredFieldStringIsReadAsTheDraftDefinesIt() {
        assertThat(IdempotencyKey.parse(List.of("\"8e03978e-40d5-43e8-bc93-6894a57f9324\"")))
                .isEqualTo("8e03978e-40d5-43e8-bc93-6894a57f9324");
        assertThat(IdempotencyKey.parse(List.of("\"say \\\"hi\\\" \\\\ twice\""))).isEqualTo("say \"hi\" \\ twice");
    }

    @Test
    void aBareKeyIsTheSameKeyAsItsQuotedForm() {
        assertThat(IdempotencyKey.parse(List.of("order-42"))).isEqualTo(IdempotencyKey.parse(List.of("\"order-42\"")));
    }

    @Test
    void aKeyMayHave255PrintableCharacters() {
        String longest = "~".repeat(255);
        assertThat(IdempotencyKey.parse(List.of(longest))).isEqualTo(longest);
        assertThat(IdempotencyKey.parse(List.of("a b"))).isEqualTo("a b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"\"", "\"unterminated", "\"a\"b", "\"bad \\n escape\"", "caf\u00e9", "tab\there"})
    void anythingElseIsInvalid(String header) {
        assertThatThrownBy(() -> IdempotencyKey.parse(List.of(header)))
                .isInstanceOfSatisfying(IdempotencyRefused.class,
                        refusal -> assertThat(refusal.problem()).isEqualTo(IdempotencyProblem.INVALID_IDEMPOTENCY_KEY));
    }

    @Test
    void aKeyOf256CharactersIsInvalid() {
        assertThatThrownBy(() -> IdempotencyKey.parse(List.of("k".repeat(256)))).isInstanceOf(IdempotencyRefused.class);
    }

    @Test
    void twoKeysAreInvalid() {
        assertThatThrownBy(() -> IdempotencyKey.parse(List.of("a", "b"))).isInstanceOf(IdempotencyRefused.class);
    }
}
