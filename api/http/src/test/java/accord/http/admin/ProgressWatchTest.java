package accord.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ProgressWatchTest {

    private static final Instant START = Instant.parse("2025-10-29T09:00:00Z");

    private final ProgressWatch watch = new ProgressWatch(Duration.ofSeconds(30));

    @Test
    void aProcessorWaitingAtOnePositionStallsOnceTheStallTimeHasPassed() {
        Instant first = watch.look("agreement-state", 10L, 5L, START);
        Instant later = START.plusSeconds(31);

        assertThat(watch.look("agreement-state", 10L, 5L, later)).isEqualTo(first);
        assertThat(watch.stalled(first, later)).isTrue();
        assertThat(watch.stalled(first, START.plusSeconds(29))).isFalse();
    }

    @Test
    void aProcessorThatMovesIsNeverStalledHoweverFarBehind() {
        watch.look("agreement-state", 10L, 500L, START);

        Instant waitingSince = watch.look("agreement-state", 60L, 450L, START.plusSeconds(31));

        assertThat(waitingSince).isEqualTo(START.plusSeconds(31));
        assertThat(watch.stalled(waitingSince, START.plusSeconds(31))).isFalse();
    }

    @Test
    void aCaughtUpProcessorIsNotWaitingAndStartsAfreshWhenEventsArrive() {
        assertThat(watch.look("agreement-state", 10L, 0L, START)).isNull();

        Instant waitingSince = watch.look("agreement-state", 10L, 3L, START.plusSeconds(600));

        assertThat(waitingSince).isEqualTo(START.plusSeconds(600));
        assertThat(watch.stalled(waitingSince, START.plusSeconds(601))).isFalse();
    }
}
