package accord.http.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import accord.http.problems.InvalidRequest;
import accord.http.problems.RequestProblem;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void noHeaderSetsNoCondition() {
        assertThat(IfMatch.expectedVersion(List.of())).isNull();
    }

    @Test
    void aQuotedVersionIsExpectedExactly() {
        assertThat(IfMatch.expectedVersion(List.of("\"0\""))).isEqualTo("0");
        assertThat(IfMatch.expectedVersion(List.of(" \"42\" "))).isEqualTo("42");
        assertThat(IfMatch.expectedVersion(List.of("\"999999999999999999\""))).isEqualTo("999999999999999999");
    }

    @Test
    void aStarAsksOnlyThatTheAgreementExists() {
        assertThat(IfMatch.expectedVersion(List.of("*"))).isEqualTo("*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "W/\"3\"", "\"3\", \"4\"", "\"abc\"", "\"-1\"", "\"03\"", "\"\"", "", " ", "**",
            "\"1234567890123456789\"", "\"3", "*, \"3\""})
    void anythingElseIsRefusedAsInvalid(String header) {
        assertThatThrownBy(() -> IfMatch.expectedVersion(List.of(header)))
                .isInstanceOfSatisfying(InvalidRequest.class, refusal -> {
                    assertThat(refusal.problem()).isEqualTo(RequestProblem.INVALID_IF_MATCH);
                    assertThat(refusal.errors()).singleElement().extracting("field").isEqualTo("If-Match");
                });
    }

    @Test
    void twoHeaderLinesAreAList() {
        assertThatThrownBy(() -> IfMatch.expectedVersion(List.of("\"3\"", "\"4\""))).isInstanceOf(InvalidRequest.class);
    }
}
