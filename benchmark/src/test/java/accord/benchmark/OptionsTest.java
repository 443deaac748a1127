package accord.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsToSixteenClientsOnAThousandStreamsOnTheLocalServerWithTheFourConfiguredUsers() {
        Options options = Options.parse();

        assertThat(options.clients()).isEqualTo(16);
        assertThat(options.streams()).isEqualTo(1000);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.database().url("x")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/x");
        assertThat(options.users()).containsExactly("clerk", "auditor", "integrator", "admin");
        assertThat(options.passwordProperty()).isEqualTo("accord.security.users.{name}.password");
        assertThat(options.measuresService()).isTrue();
        assertThat(options.measuresBaseline()).isTrue();
    }

    @Test
    void neverUsesADevelopmentPasswordUnlessToldTo() {
        assertThat(Options.parse().password()).startsWith("bench-").hasSize(38)
                .isNotEqualTo(Options.parse().password());
        assertThat(Options.parse("--password=s3cret").password()).isEqualTo("s3cret");
    }

    @Test
    void passesRepeatedServiceArgumentsOnInOrder() {
        Options options = Options.parse("--service-arg=--a=1", "--service-arg=--b=2", "--baseline-only");

        assertThat(options.serviceArguments()).isEqualTo(List.of("--a=1", "--b=2"));
        assertThat(options.measuresService()).isFalse();
    }

    @Test
    void runsTheServiceOnTheJvmDefaultsUnlessGivenJvmOptions() {
        assertThat(Options.parse().jvmArguments()).isEmpty();
        assertThat(Options.parse("--jvm-arg=-XX:+UseG1GC", "--jvm-arg=-Xss1m").jvmArguments())
                .containsExactly("-XX:+UseG1GC", "-Xss1m");
    }

    @Test
    void measuresTheServiceWithAndWithoutNotarisationUnlessToldOtherwise() {
        assertThat(Options.parse().measuresNotarised()).isTrue();
        assertThat(Options.parse().measuresUnnotarised()).isTrue();
        assertThat(Options.parse("--notarisation=on").measuresUnnotarised()).isFalse();
        assertThat(Options.parse("--notarisation=off").measuresNotarised()).isFalse();
        assertThat(Options.parse("--baseline-only").measuresNotarised()).isFalse();
        assertThatThrownBy(() -> Options.parse("--notarisation=maybe"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--notarisation");
    }

    @Test
    void refusesAnUnknownOption() {
        assertThatThrownBy(() -> Options.parse("--client=4"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--client");
    }

    @Test
    void refusesAWriterWhoIsNotAConfiguredUser() {
        assertThatThrownBy(() -> Options.parse("--users=a,b", "--writer=clerk", "--operator=a"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
