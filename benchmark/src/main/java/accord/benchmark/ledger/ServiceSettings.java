package accord.benchmark.ledger;

import accord.benchmark.Options;
import accord.benchmark.ScratchArguments;
import java.nio.file.Path;
import java.util.List;

/**
 * How a benchmark runs the packaged service on its {@link ScratchLedger}: the options every such
 * benchmark takes.
 *
 * @param jar the service's executable jar
 * @param heap the service's maximum heap
 * @param server the PostgreSQL server and the role that creates and drops the scratch database
 * @param password the password every user of the service gets for this run
 * @param serviceJvmArguments further JVM arguments for the service (a profiler, for instance)
 * @param serviceArguments further arguments for the service (a setting to try, for instance), after
 *     the benchmark's own
 * @param keepDatabase leave the scratch database in place at the end, to inspect it (its name is
 *     printed; drop it yourself)
 */
public record ServiceSettings(
        Path jar,
        String heap,
        Options.Server server,
        String password,
        List<String> serviceJvmArguments,
        List<String> serviceArguments,
        boolean keepDatabase) {

    /** The usage lines of these options. */
    public static final String USAGE = """
              --jar=api/http/target/accord.jar --heap=1g
              --pg-host=127.0.0.1 --pg-port=5432 --pg-user=postgres
              --service-jvm-arg=<arg>     extra JVM argument for the service (repeatable),
                                          e.g. -XX:StartFlightRecording=filename=/tmp/service.jfr,settings=profile
              --service-arg=<arg>         extra argument for the service (repeatable)
              --keep-database             leave the scratch database at the end (to inspect it)
            """;

    /**
     * @param given the command line
     * @return the settings it gives, with defaults for what it does not; a fresh non-development password
     */
    public static ServiceSettings take(ScratchArguments given) {
        return new ServiceSettings(
                Path.of(given.take("jar", "api/http/target/accord.jar")),
                given.take("heap", "1g"),
                new Options.Server(given.take("pg-host", "127.0.0.1"), given.number("pg-port", "5432"),
                        given.take("pg-user", "postgres"), ""),
                ScratchArguments.randomPassword(),
                given.serviceJvmArguments(),
                given.serviceArguments(),
                Boolean.parseBoolean(given.take("keep-database", "false")));
    }
}
