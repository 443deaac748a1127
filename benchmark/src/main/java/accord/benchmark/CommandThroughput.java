package accord.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Measures how many load-then-append commands per second the service records over HTTP on
 * PostgreSQL, next to a raw JDBC baseline of the same transaction at the same concurrency,
 * and prints both with their ratio. Exits with 1 when any command failed, 2 on bad arguments.
 */
public final class CommandThroughput {

    private final Options options;
    private final Report report = new Report(System.out);
    private final HeldResources held = new HeldResources();
    private Measurement baseline;
    private Measurement notarised;
    private Measurement unnotarised;

    private CommandThroughput(Options options) {
        this.options = options;
    }

    /**
     * Runs the benchmark.
     *
     * @param arguments see {@link Options#parse(String...)}, or {@code --help}
     */
    public static void main(String[] arguments) {
        Options options;
        try {
            if (arguments.length == 1 && arguments[0].equals("--help")) {
                System.out.print(Options.USAGE);
                return;
            }
            options = Options.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // the JDK keeps 5 idle connections per server by default: every client keeps its own
        System.setProperty("http.maxConnections", Integer.toString(Math.max(5, options.clients())));
        // connections the interrupted run's database drop ends are not worth a stack trace each
        System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari.pool.ProxyConnection", "error");
        System.exit(new CommandThroughput(options).run());
    }

    private int run() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::interrupted, "release"));
        try {
            return measure();
        } catch (Exception e) {
            release();
            Measurement[] measured = measured();
            if (measured.length > 0) {
                report.table(measured);
                report.errors(measured);
            }
            System.err.println("The benchmark failed: " + e.getMessage());
            return 1;
        } finally {
            release();
        }
    }

    private int measure() throws Exception {
        ScratchDatabase database = hold(ScratchDatabase.create(options.database()));
        report.facts(database.version() + " at " + database.url(),
                options.measuresService() ? options.jar() + " (" + String.join(" ", serviceJvm(options)) + ")" : "not measured");
        System.out.printf("workload: form-task-force on %d agreements by %d clients; %d s warm-up discarded, %d s measured per side%n",
                options.streams(), options.clients(), options.warmup().toSeconds(), options.duration().toSeconds());
        ClosedLoop loop = new ClosedLoop(options.clients(), options.warmup(), options.duration());

        if (options.measuresBaseline()) {
            System.out.println("measuring the JDBC baseline" + load() + " ...");
            try (JdbcWorkload jdbc = new JdbcWorkload(database, options.database(), options.clients(),
                    options.readLimit(), options.streams())) {
                jdbc.createStreams();
                baseline = loop.run("JDBC baseline", jdbc::client,
                        new CpuMeter(OptionalLong.empty(), database::backends));
            }
        }

        if (options.measuresService()) {
            // On PostgreSQL the service needs a signing key file; one key for both sides.
            List<String> key = hold(ScratchKey.create()).serviceArguments();
            if (options.measuresNotarised()) {
                notarised = measureService(loop, database, "service (HTTP, notarised)", "service", key);
            }
            if (options.measuresUnnotarised()) {
                // A fresh database, so this side starts from the same empty ledger and agreements.
                ScratchDatabase own = notarised == null ? database : hold(ScratchDatabase.create(options.database()));
                List<String> arguments = new ArrayList<>(key);
                arguments.add("--accord.ledger.notarise=false");
                unnotarised = measureService(loop, own, "service (HTTP, notarise=false)", "service-unnotarised",
                        arguments);
            }
        }

        release();
        Measurement[] measured = measured();
        report.table(measured);
        report.cpu(measured);
        Measurement service = notarised != null ? notarised : unnotarised;
        if (service != null && baseline != null) {
            report.ratio(service, baseline);
        }
        if (notarised != null && unnotarised != null) {
            report.notarisation(notarised, unnotarised);
        }
        report.errors(measured);
        boolean failed = false;
        for (Measurement m : measured) {
            failed |= m.errors() > 0 || m.recorded() == 0;
        }
        return failed ? 1 : 0;
    }

    /** Starts the service on the database, signs the MoUs, measures, and stops the service again. */
    private Measurement measureService(ClosedLoop loop, ScratchDatabase database, String name, String logName,
                                       List<String> arguments) throws Exception {
        Path log = Files.isDirectory(Path.of("benchmark", "target"))
                ? Path.of("benchmark", "target", logName + ".log")
                : Files.createTempFile("accord-" + logName + "-", ".log");
        System.out.println("starting the " + name + " with " + String.join(" ", arguments) + " (log: " + log + ") ...");
        try (Service running = hold(Service.start(options, database, arguments, log))) {
            running.awaitHealthy(HttpWorkload.basic(options.operator(), options.password()));
            HttpWorkload http = new HttpWorkload(running.base(), options.writer(), options.password(),
                    options.streams());
            System.out.println("signing " + options.streams() + " MoUs, then measuring the " + name + load() + " ...");
            http.signMoUs(options.clients());
            return loop.run(name, http::clerk, new CpuMeter(OptionalLong.of(running.pid()), database::backends));
        }
    }

    /** @return the sides measured so far, in the order the report shows them */
    private Measurement[] measured() {
        return java.util.stream.Stream.of(notarised, unnotarised, baseline)
                .filter(java.util.Objects::nonNull).toArray(Measurement[]::new);
    }

    private void interrupted() {
        if (!held.released()) {
            System.err.println("Interrupted: stopping the service and dropping the database.");
            release();
        }
    }

    private static List<String> serviceJvm(Options options) {
        List<String> jvm = new ArrayList<>(List.of("java", "-Xmx" + options.heap()));
        jvm.addAll(options.jvmArguments());
        return jvm;
    }

    /** Other processes on the machine skew both sides; the load average makes that visible. */
    private static String load() {
        double average = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return average < 0 ? "" : String.format(Locale.ROOT, " (load average %.2f)", average);
    }

    private <T extends AutoCloseable> T hold(T resource) {
        return held.hold(resource);
    }

    private void release() {
        held.release();
    }
}
