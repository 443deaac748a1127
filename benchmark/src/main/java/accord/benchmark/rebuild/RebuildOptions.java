package accord.benchmark.rebuild;

import accord.benchmark.ScratchArguments;
import java.nio.file.Path;
import java.util.List;

/**
 * What one rebuild benchmark run does, read from {@code --name=value} arguments.
 *
 * @param events events in the generated ledger, the 1,000-event agreement included
 * @param meanAgreementEvents the mean size of the other agreements, in events
 * @param activeAgreements how many agreements receive events at the same time (their events interleave)
 * @param historyEvents events of the agreement whose history latency is measured
 * @param perProcessor also rebuild each processor alone, one after the other
 * @param historyRequests measured sequential history requests
 * @param stateRate state requests per second
 * @param stateSeconds how long state requests are sent
 * @param jar the service's executable jar
 * @param heap the service's maximum heap
 * @param host PostgreSQL host
 * @param port PostgreSQL port
 * @param user PostgreSQL role that may create and drop databases
 * @param password password set for every user of the service for this run
 * @param serviceJvmArguments further JVM arguments for the service (a profiler, for instance)
 * @param serviceArguments further arguments for the service (a setting to try, for instance)
 */
public record RebuildOptions(
        int events,
        int meanAgreementEvents,
        int activeAgreements,
        int historyEvents,
        boolean perProcessor,
        int historyRequests,
        int stateRate,
        int stateSeconds,
        Path jar,
        String heap,
        String host,
        int port,
        String user,
        String password,
        List<String> serviceJvmArguments,
        List<String> serviceArguments) {

    static final String USAGE = """
            usage: bash benchmark/rebuild [events] [--name=value ...]
              events                      events in the ledger (default 1000000)
              --mean-agreement-events=100 mean events of an agreement (sizes 20..2x-20)
              --active-agreements=8       agreements whose events interleave at any time
              --history-events=1000       events of the agreement whose history is read
              --per-processor=true        also rebuild each processor alone
              --history-requests=200      measured history requests (after 50 warm-up)
              --state-rate=200 --state-seconds=20
              --jar=api/http/target/accord.jar --heap=1g
              --pg-host=127.0.0.1 --pg-port=5432 --pg-user=postgres
              --service-jvm-arg=<arg>     extra JVM argument for the service (repeatable)
              --service-arg=<arg>         extra argument for the service (repeatable)
            """;

    /**
     * Reads the arguments.
     *
     * @param arguments an optional leading event count, then {@code --name=value} pairs
     * @return the options, with defaults for what is not given
     * @throws IllegalArgumentException for an unknown or malformed argument
     */
    public static RebuildOptions parse(String... arguments) {
        ScratchArguments given = new ScratchArguments("events", arguments);
        RebuildOptions options = new RebuildOptions(
                given.number("events", "1000000"),
                given.number("mean-agreement-events", "100"),
                given.number("active-agreements", "8"),
                given.number("history-events", "1000"),
                Boolean.parseBoolean(given.take("per-processor", "true")),
                given.number("history-requests", "200"),
                given.number("state-rate", "200"),
                given.number("state-seconds", "20"),
                Path.of(given.take("jar", "api/http/target/accord.jar")),
                given.take("heap", "1g"),
                given.take("pg-host", "127.0.0.1"),
                given.number("pg-port", "5432"),
                given.take("pg-user", "postgres"),
                ScratchArguments.randomPassword(),
                given.serviceJvmArguments(),
                given.serviceArguments());
        given.requireAllTaken();
        if (options.events < options.historyEvents + options.meanAgreementEvents) {
            throw new IllegalArgumentException("The ledger needs at least " + (options.historyEvents
                    + options.meanAgreementEvents) + " events: the long history and one more agreement");
        }
        if (options.meanAgreementEvents < 21) {
            throw new IllegalArgumentException("--mean-agreement-events must be at least 21");
        }
        return options;
    }

    String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
}
