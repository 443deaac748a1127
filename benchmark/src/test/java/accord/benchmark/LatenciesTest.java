package accord.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRanksOfAllRecordedValues() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.add(ms * 1_000_000L);
        }

        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
    }

    @Test
    void keepsEveryValueBeyondItsInitialCapacity() {
        Latencies all = new Latencies();
        Latencies part = new Latencies();
        for (int i = 0; i < 100_000; i++) {
            part.add(i);
        }
        all.addAll(part);
        all.addAll(part);

        assertThat(all.count()).isEqualTo(200_000);
    }

    @Test
    void hasNoPercentileWithoutValues() {
        assertThat(new Latencies().percentileMillis(50)).isNaN();
    }
}
