package accord.benchmark.ledger;

import accord.benchmark.ScratchArguments;
import accord.benchmark.Options;
import java.nio.file.Path;
import java.util.List;

/**
 * What one ledger benchmark run does, read from an optional leaf count and {@code --name=value}
 * arguments.
 *
 * @param leaves events, and so leaves, in the generated ledger
 * @param proofs measured requests of each kind: key, inclusion proof, consistency proof
 * @param proofWarmup discarded requests of each kind before them
 * @param audits self-audits run one after the other; the last is held against the target
 * @param checkpointMinutes how long the service may take to sign the checkpoint of every leaf
 * @param jar the service's executable jar
 * @param heap the service's maximum heap
 * @param server the PostgreSQL server and the role that creates and drops the scratch database
 * @param password the password every user of the service gets for this run
 * @param serviceJvmArguments further JVM arguments for the service (a profiler, for instance)
 * @param serviceArguments further arguments for the service (a setting to try, for instance)
 * @param auditProfile where to write a flight recording (JFR, {@code settings=profile}) of the
 *     service taken during the self-audit only, through {@code jcmd}; null for none
 * @param keepDatabase leave the scratch database in place at the end, to inspect the ledger (its
 *     name is printed; drop it yourself)
 */
public record LedgerOptions(
        int leaves,
        int proofs,
        int proofWarmup,
        int audits,
        int checkpointMinutes,
        Path jar,
        String heap,
        Options.Server server,
        String password,
        List<String> serviceJvmArguments,
        List<String> serviceArguments,
        Path auditProfile,
        boolean keepDatabase) implements ScratchLedger.Settings {

    /** The writer keeps every leaf hash in one array; this keeps its size an int. */
    static final int MAX_LEAVES = 50_000_000;
    /** The generator's long history and the smallest agreement beside it. */
    static final int MIN_LEAVES = 1_100;

    static final String USAGE = """
            usage: bash benchmark/ledger [leaves] [--name=value ...]
              leaves                      leaves (events) in the ledger (default 1000000)
              --proofs=3000               measured requests of each kind: GET /ledger/key,
                                          inclusion proof, consistency proof (interleaved)
              --proof-warmup=1000         discarded requests of each kind before them
              --audits=1                  self-audits, one after the other (the last one counts)
              --checkpoint-minutes=30     how long the first checkpoint of all leaves may take
              --jar=api/http/target/accord.jar --heap=1g
              --pg-host=127.0.0.1 --pg-port=5432 --pg-user=postgres
              --service-jvm-arg=<arg>     extra JVM argument for the service (repeatable),
                                          e.g. -XX:StartFlightRecording=filename=/tmp/ledger.jfr,settings=profile
              --service-arg=<arg>         extra argument for the service (repeatable)
              --audit-profile=<file.jfr>  record the service with JFR (settings=profile) during the
                                          self-audit only, started and stopped with jcmd
              --keep-database             leave the scratch database at the end (to inspect it)
            """;

    /**
     * Reads the arguments.
     *
     * @param arguments an optional leading leaf count, then {@code --name=value} pairs
     * @return the options, with defaults for what is not given
     * @throws IllegalArgumentException for an unknown or malformed argument
     */
    public static LedgerOptions parse(String... arguments) {
        ScratchArguments given = new ScratchArguments("leaves", arguments);
        LedgerOptions options = new LedgerOptions(
                given.number("leaves", "1000000"),
                given.number("proofs", "3000"),
                given.number("proof-warmup", "1000"),
                given.number("audits", "1"),
                given.number("checkpoint-minutes", "30"),
                Path.of(given.take("jar", "api/http/target/accord.jar")),
                given.take("heap", "1g"),
                new Options.Server(given.take("pg-host", "127.0.0.1"), given.number("pg-port", "5432"),
                        given.take("pg-user", "postgres"), ""),
                ScratchArguments.randomPassword(),
                given.serviceJvmArguments(),
                given.serviceArguments(),
                given.has("audit-profile") ? Path.of(given.take("audit-profile", "")).toAbsolutePath() : null,
                Boolean.parseBoolean(given.take("keep-database", "false")));
        given.requireAllTaken();
        if (options.leaves < MIN_LEAVES || options.leaves > MAX_LEAVES) {
            throw new IllegalArgumentException("The ledger needs " + MIN_LEAVES + " to " + MAX_LEAVES + " leaves");
        }
        return options;
    }
}
