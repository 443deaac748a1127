package accord.benchmark;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark run does, read from {@code --name=value} arguments.
 *
 * @param clients concurrent clients, for the service and for the baseline alike
 * @param duration how long each side is measured
 * @param warmup how long each side runs before measuring starts; discarded
 * @param streams agreements (and baseline streams) the clients pick from at random; a thousand
 *     by default, so that an agreement gathers tens of task forces in a run, as real ones gather
 *     a handful, rather than the hundreds 64 streams pile up: the service's agreement state and
 *     snapshots grow with the agreement, the baseline's read of the latest 50 events does not
 * @param readLimit how many of a stream's latest events the baseline reads; 0 reads them all
 * @param jar the service's executable jar
 * @param heap the service's maximum heap
 * @param database where the scratch database is created
 * @param users the service's configured user names
 * @param passwordProperty the service property that sets a user's password, with {@code {name}}
 *     or {@code {index}} standing for the user
 * @param writer the user who sends the commands
 * @param operator the user who asks for the service's health
 * @param password the password given to every configured user for this run
 * @param serviceArguments further arguments passed to the service as they are
 * @param jvmArguments options for the service's JVM besides its heap; none by default, so that
 *     the service runs as it is deployed, with the JVM's default collector
 * @param baselineOnly measure the JDBC baseline only
 * @param serviceOnly measure the service only
 * @param notarisation which service sides to measure: {@code both} (the default: as configured,
 *     with notarisation, and with {@code --accord.ledger.notarise=false}), {@code on} or {@code off}
 */
public record Options(
        int clients,
        Duration duration,
        Duration warmup,
        int streams,
        int readLimit,
        Path jar,
        String heap,
        Server database,
        List<String> users,
        String passwordProperty,
        String writer,
        String operator,
        String password,
        List<String> serviceArguments,
        List<String> jvmArguments,
        boolean baselineOnly,
        boolean serviceOnly,
        String notarisation) {

    static final String USAGE = """
            usage: java -jar accord-benchmark.jar [--name=value ...]
              --clients=16              concurrent clients (service and baseline)
              --seconds=30              measured seconds per side
              --warmup=10               discarded warm-up seconds per side
              --streams=1000            agreements / baseline streams
              --read-limit=50           latest events the baseline reads per command (0 = all)
              --jar=api/http/target/accord.jar
              --heap=1g                 the service's -Xmx
              --pg-host=127.0.0.1 --pg-port=5432 --pg-user=postgres --pg-password=
              --users=clerk,auditor,integrator,admin   the service's configured users
              --password-property=accord.security.users.{name}.password
                                        property setting each user's password; {name} is the
                                        user's name, {index} its place in --users
              --writer=clerk            user who sends commands
              --operator=admin          user who reads /actuator/health
              --password=<random>       password set for every user of the list
              --service-arg=<arg>       extra service argument (repeatable)
              --jvm-arg=<option>        service JVM option besides -Xmx (repeatable)
              --baseline-only | --service-only
              --notarisation=both       service sides: both (notarised, as configured, and with
                                        --accord.ledger.notarise=false), on, or off
            """;

    /**
     * A PostgreSQL server and the role the benchmark uses on it.
     *
     * @param host host name or address
     * @param port TCP port
     * @param user role that may create and drop databases
     * @param password the role's password; empty under trust authentication
     */
    public record Server(String host, int port, String user, String password) {

        /** @return the JDBC URL of one of its databases */
        public String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    /**
     * Reads the arguments.
     *
     * @param arguments {@code --name=value} pairs and the two flags
     * @return the options, with defaults for what is not given
     * @throws IllegalArgumentException for an unknown or malformed argument
     */
    public static Options parse(String... arguments) {
        Map<String, String> given = new LinkedHashMap<>();
        List<String> serviceArguments = new ArrayList<>();
        List<String> jvmArguments = new ArrayList<>();
        for (String argument : arguments) {
            if (!argument.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + argument);
            }
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument.substring(2) : argument.substring(2, equals);
            String value = equals < 0 ? "true" : argument.substring(equals + 1);
            if (name.equals("service-arg")) {
                serviceArguments.add(value);
            } else if (name.equals("jvm-arg")) {
                jvmArguments.add(value);
            } else {
                given.put(name, value);
            }
        }
        Options options = new Options(
                positive(take(given, "clients", "16"), "clients"),
                Duration.ofSeconds(positive(take(given, "seconds", "30"), "seconds")),
                Duration.ofSeconds(number(take(given, "warmup", "10"), "warmup")),
                positive(take(given, "streams", "1000"), "streams"),
                number(take(given, "read-limit", "50"), "read-limit"),
                Path.of(take(given, "jar", "api/http/target/accord.jar")),
                take(given, "heap", "1g"),
                new Server(
                        take(given, "pg-host", "127.0.0.1"),
                        number(take(given, "pg-port", "5432"), "pg-port"),
                        take(given, "pg-user", "postgres"),
                        take(given, "pg-password", "")),
                List.of(take(given, "users", "clerk,auditor,integrator,admin").split(",")),
                take(given, "password-property", "accord.security.users.{name}.password"),
                take(given, "writer", "clerk"),
                take(given, "operator", "admin"),
                take(given, "password", randomPassword()),
                List.copyOf(serviceArguments),
                List.copyOf(jvmArguments),
                Boolean.parseBoolean(take(given, "baseline-only", "false")),
                Boolean.parseBoolean(take(given, "service-only", "false")),
                take(given, "notarisation", "both"));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Unknown option --" + given.keySet().iterator().next());
        }
        if (!List.of("both", "on", "off").contains(options.notarisation)) {
            throw new IllegalArgumentException("--notarisation must be both, on or off, not " + options.notarisation);
        }
        if (options.baselineOnly && options.serviceOnly) {
            throw new IllegalArgumentException("--baseline-only and --service-only exclude each other");
        }
        if (!options.users.contains(options.writer) || !options.users.contains(options.operator)) {
            throw new IllegalArgumentException("--writer and --operator must be among --users " + options.users);
        }
        return options;
    }

    boolean measuresService() {
        return !baselineOnly;
    }

    /** @return whether the service is measured as configured, notarising every append */
    boolean measuresNotarised() {
        return measuresService() && !notarisation.equals("off");
    }

    /** @return whether the service is measured with {@code --accord.ledger.notarise=false} */
    boolean measuresUnnotarised() {
        return measuresService() && !notarisation.equals("on");
    }

    boolean measuresBaseline() {
        return !serviceOnly;
    }

    private static String take(Map<String, String> given, String name, String fallback) {
        String value = given.remove(name);
        return value == null ? fallback : value;
    }

    private static int number(String value, String name) {
        try {
            int number = Integer.parseInt(value);
            if (number < 0) {
                throw new IllegalArgumentException("--" + name + " must not be negative");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not " + value);
        }
    }

    private static int positive(String value, String name) {
        int number = number(value, name);
        if (number < 1) {
            throw new IllegalArgumentException("--" + name + " must be at least 1");
        }
        return number;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return "bench-" + HexFormat.of().formatHex(bytes);
    }
}
