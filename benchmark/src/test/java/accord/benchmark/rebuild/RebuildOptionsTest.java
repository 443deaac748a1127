package accord.benchmark.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RebuildOptionsTest {

    @Test
    void rebuildsOneMillionEventsUnlessToldOtherwise() {
        assertThat(RebuildOptions.parse().events()).isEqualTo(1_000_000);
        assertThat(RebuildOptions.parse("250000").events()).isEqualTo(250_000);
        assertThat(RebuildOptions.parse("200_000", "--per-processor=false").perProcessor()).isFalse();
    }

    @Test
    void keepsServiceArgumentsForTheServiceAndItsJvm() {
        RebuildOptions options = RebuildOptions.parse("--service-arg=--a=1", "--service-jvm-arg=-Xss1m");

        assertThat(options.serviceArguments()).containsExactly("--a=1");
        assertThat(options.serviceJvmArguments()).containsExactly("-Xss1m");
    }

    @Test
    void cannotRebuildALedgerSmallerThanTheLongHistoryAndOneAgreement() {
        assertThatIllegalArgumentException().isThrownBy(() -> RebuildOptions.parse("1000"))
                .withMessageContaining("at least 1100 events");
    }

    @Test
    void refusesAnUnknownOption() {
        assertThatIllegalArgumentException().isThrownBy(() -> RebuildOptions.parse("--agreements=5"))
                .withMessage("Unknown option --agreements");
    }
}
