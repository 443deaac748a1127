package accord.benchmark.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LedgerOptionsTest {

    @Test
    void measuresAMillionLeavesWithThreeThousandProofsOfEachKindUnlessToldOtherwise() {
        LedgerOptions options = LedgerOptions.parse();

        assertThat(options.leaves()).isEqualTo(1_000_000);
        assertThat(options.proofs()).isEqualTo(3000);
        assertThat(options.proofWarmup()).isEqualTo(1000);
        assertThat(options.audits()).isEqualTo(1);
        assertThat(LedgerOptions.parse("250_000", "--proofs=10").leaves()).isEqualTo(250_000);
    }

    @Test
    void givesTheServiceANonDevelopmentPasswordAndPassesItsArgumentsOn() {
        LedgerOptions options = LedgerOptions.parse("--service-arg=--a=1", "--service-jvm-arg=-Xss1m");

        assertThat(options.service().password()).startsWith("bench-")
                .isNotEqualTo(LedgerOptions.parse().service().password());
        assertThat(options.service().serviceArguments()).containsExactly("--a=1");
        assertThat(options.service().serviceJvmArguments()).containsExactly("-Xss1m");
    }

    @Test
    void refusesALedgerTooSmallForTheGeneratorAndUnknownOptions() {
        assertThatIllegalArgumentException().isThrownBy(() -> LedgerOptions.parse("1000"));
        assertThatIllegalArgumentException().isThrownBy(() -> LedgerOptions.parse("--leafs=5"));
    }
}
