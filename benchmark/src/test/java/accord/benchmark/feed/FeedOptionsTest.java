package accord.benchmark.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FeedOptionsTest {

    @Test
    void catchesUpOnTwoHundredThousandEventsAndTimesAThousandCommandsAtTwentyASecondUnlessToldOtherwise() {
        FeedOptions options = FeedOptions.parse();

        assertThat(options.events()).isEqualTo(200_000);
        assertThat(options.catchUpWarmup()).isEqualTo(20_000);
        assertThat(options.commands()).isEqualTo(1000);
        assertThat(options.commandWarmup()).isEqualTo(200);
        assertThat(options.rate()).isEqualTo(20);
        assertThat(FeedOptions.parse("50_000", "--rate=50").events()).isEqualTo(50_000);
    }

    @Test
    void givesTheServiceANonDevelopmentPasswordAndPassesItsArgumentsOn() {
        FeedOptions options = FeedOptions.parse("--service-arg=--accord.feed.heartbeat=5s",
                "--service-jvm-arg=-XX:+UseParallelGC", "--keep-database");

        assertThat(options.service().password()).startsWith("bench-");
        assertThat(options.service().serviceArguments()).containsExactly("--accord.feed.heartbeat=5s");
        assertThat(options.service().serviceJvmArguments()).containsExactly("-XX:+UseParallelGC");
        assertThat(options.service().keepDatabase()).isTrue();
    }

    @Test
    void refusesALedgerTooSmallForTheGeneratorAndUnknownOptions() {
        assertThatIllegalArgumentException().isThrownBy(() -> FeedOptions.parse("1000"));
        assertThatIllegalArgumentException().isThrownBy(() -> FeedOptions.parse("--commands=0"));
        assertThatIllegalArgumentException().isThrownBy(() -> FeedOptions.parse("--events-per-second=5"));
    }
}
