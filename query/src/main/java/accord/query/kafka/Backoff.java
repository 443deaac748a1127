package accord.query.kafka;

import java.time.Duration;

/** Pauses after failures in a row: the first one, then twice the last, up to the longest. */
final class Backoff {

    private final Duration first;
    private final Duration longest;
    private Duration next;

    Backoff(Duration first, Duration longest) {
        this.first = first;
        this.longest = longest.compareTo(first) < 0 ? first : longest;
        this.next = first;
    }

    /** @return the pause after one more failure */
    Duration next() {
        Duration pause = next;
        next = next.multipliedBy(2).compareTo(longest) > 0 ? longest : next.multipliedBy(2);
        return pause;
    }

    /** Starts again from the first pause, after a success. */
    void reset() {
        next = first;
    }
}
