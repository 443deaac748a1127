package accord.benchmark.feed;

import accord.benchmark.ScratchArguments;
import accord.benchmark.ledger.ServiceSettings;

/**
 * What one feed benchmark run does, read from an optional event count and {@code --name=value}
 * arguments.
 *
 * @param events events in the generated ledger, all read in the catch-up
 * @param catchUpWarmup events read first, raw and through {@code /events}, and discarded
 * @param commands measured commands whose events the stream delivers
 * @param commandWarmup discarded commands before them
 * @param rate commands per second, sent one at a time
 * @param service how the service runs
 */
public record FeedOptions(
        int events,
        int catchUpWarmup,
        int commands,
        int commandWarmup,
        int rate,
        ServiceSettings service) {

    /** The generator's long history and the smallest agreement beside it. */
    static final int MIN_EVENTS = 1_100;

    static final String USAGE = """
            usage: bash benchmark/feed [events] [--name=value ...]
              events                      events in the ledger, read in the catch-up (default 200000)
              --catch-up-warmup=20000     events read first, raw and through /events, and discarded
              --commands=1000             measured sign-mou commands whose events the stream delivers
              --command-warmup=200        discarded commands before them (JIT, pools)
              --rate=20                   commands per second, one at a time
            """ + ServiceSettings.USAGE;

    /**
     * Reads the arguments.
     *
     * @param arguments an optional leading event count, then {@code --name=value} pairs
     * @return the options, with defaults for what is not given
     * @throws IllegalArgumentException for an unknown or malformed argument
     */
    public static FeedOptions parse(String... arguments) {
        ScratchArguments given = new ScratchArguments("events", arguments);
        FeedOptions options = new FeedOptions(
                given.number("events", "200000"),
                given.number("catch-up-warmup", "20000"),
                given.number("commands", "1000"),
                given.number("command-warmup", "200"),
                given.number("rate", "20"),
                ServiceSettings.take(given));
        given.requireAllTaken();
        if (options.events < MIN_EVENTS) {
            throw new IllegalArgumentException("The ledger needs at least " + MIN_EVENTS + " events");
        }
        return options;
    }
}
