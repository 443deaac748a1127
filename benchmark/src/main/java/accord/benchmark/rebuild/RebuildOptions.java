package accord.benchmark.rebuild;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, String> given = new LinkedHashMap<>();
        List<String> jvm = new ArrayList<>();
        List<String> service = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.matches("[0-9_,]+")) {
                given.put("events", argument.replace("_", "").replace(",", ""));
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
        RebuildOptions options = new RebuildOptions(
                number(given, "events", "1000000"),
                number(given, "mean-agreement-events", "100"),
                number(given, "active-agreements", "8"),
                number(given, "history-events", "1000"),
                Boolean.parseBoolean(take(given, "per-processor", "true")),
                number(given, "history-requests", "200"),
                number(given, "state-rate", "200"),
                number(given, "state-seconds", "20"),
                Path.of(take(given, "jar", "api/http/target/accord.jar")),
                take(given, "heap", "1g"),
                take(given, "pg-host", "127.0.0.1"),
                number(given, "pg-port", "5432"),
                take(given, "pg-user", "postgres"),
                randomPassword(),
                List.copyOf(jvm),
                List.copyOf(service));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Unknown option --" + given.keySet().iterator().next());
        }
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
