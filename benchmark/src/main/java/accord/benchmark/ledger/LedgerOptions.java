package accord.benchmark.ledger;

import accord.benchmark.Options;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        boolean keepDatabase) {

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
        Map<String, String> given = new LinkedHashMap<>();
        List<String> jvm = new ArrayList<>();
        List<String> service = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.matches("[0-9_,]+")) {
                given.put("leaves", argument.replace("_", "").replace(",", ""));
                continue;
            }
            if (!argument.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + argument);
            }
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument.substring(2) : argument.substring(2, equals);
            String value = equals < 0 ? "true" : argument.substring(equals + 1);
            if (name.equals("service-jvm-arg")) {
                jvm.add(value);
            } else if (name.equals("service-arg")) {
                service.add(value);
            } else {
                given.put(name, value);
            }
        }
        LedgerOptions options = new LedgerOptions(
                number(given, "leaves", "1000000"),
                number(given, "proofs", "3000"),
                number(given, "proof-warmup", "1000"),
                number(given, "audits", "1"),
                number(given, "checkpoint-minutes", "30"),
                Path.of(take(given, "jar", "api/http/target/accord.jar")),
                take(given, "heap", "1g"),
                new Options.Server(take(given, "pg-host", "127.0.0.1"), number(given, "pg-port", "5432"),
                        take(given, "pg-user", "postgres"), ""),
                randomPassword(),
                List.copyOf(jvm),
                List.copyOf(service),
                given.containsKey("audit-profile") ? Path.of(take(given, "audit-profile", "")).toAbsolutePath() : null,
                Boolean.parseBoolean(take(given, "keep-database", "false")));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Unknown option --" + given.keySet().iterator().next());
        }
        if (options.leaves < MIN_LEAVES || options.leaves > MAX_LEAVES) {
            throw new IllegalArgumentException("The ledger needs " + MIN_LEAVES + " to " + MAX_LEAVES + " leaves");
        }
        return options;
    }

    private static String take(Map<String, String> given, String name, String fallback) {
        String value = given.remove(name);
        return value == null ? fallback : value;
    }

    private static int number(Map<String, String> given, String name, String fallback) {
        String value = take(given, name, fallback);
        try {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new IllegalArgumentException("--" + name + " must be at least 1");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not " + value);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return "bench-" + HexFormat.of().formatHex(bytes);
    }
}
