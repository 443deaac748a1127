package accord.benchmark.soak;

import accord.benchmark.ScratchArguments;
import accord.benchmark.ledger.ServiceSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one soak run does, read from an optional duration in minutes and {@code --name=value}
 * arguments.
 *
 * @param duration how long the mixed load runs
 * @param writers clerks recording, each one command at a time
 * @param readers auditors reading, each one request at a time
 * @param subscribers Server-Sent Events clients open the whole run
 * @param statements statements recorded on each agreement after its MoU
 * @param sampleEvery how often the service's memory is sampled
 * @param service how the service runs; its heap is 512 MiB unless given
 */
public record SoakOptions(
        Duration duration,
        int writers,
        int readers,
        int subscribers,
        int statements,
        Duration sampleEvery,
        ServiceSettings service) {

    static final String USAGE = """
            usage: bash benchmark/soak [minutes] [--name=value ...]
              minutes                     how long the mixed load runs (default 10)
              --writers=4                 clerks recording, each one command at a time
              --readers=2                 auditors reading state, history and the feed, one request at a time
              --subscribers=3             Server-Sent Events clients open the whole run
              --statements=9              statements recorded on each agreement after its MoU
              --sample-seconds=10         how often the service's memory is sampled
            The service's heap is 512m unless --heap is given.
            """ + ServiceSettings.USAGE;

    /**
     * Reads the arguments.
     *
     * @param arguments an optional leading number of minutes, then {@code --name=value} pairs
     * @return the options, with defaults for what is not given
     * @throws IllegalArgumentException for an unknown or malformed argument
     */
    public static SoakOptions parse(String... arguments) {
        List<String> all = new ArrayList<>(Arrays.asList(arguments));
        if (all.stream().noneMatch(argument -> argument.startsWith("--heap="))) {
            all.add("--heap=512m");
        }
        ScratchArguments given = new ScratchArguments("minutes", all.toArray(String[]::new));
        SoakOptions options = new SoakOptions(
                Duration.ofMinutes(given.number("minutes", "10")),
                given.number("writers", "4"),
                given.number("readers", "2"),
                given.number("subscribers", "3"),
                given.number("statements", "9"),
                Duration.ofSeconds(given.number("sample-seconds", "10")),
                ServiceSettings.take(given));
        given.requireAllTaken();
        if (options.duration.isZero() || options.writers < 1 || options.readers < 0 || options.subscribers < 1) {
            throw new IllegalArgumentException("A soak needs at least a minute, one writer and one subscriber");
        }
        return options;
    }
}
