package accord.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A benchmark that holds scratch resources (a database, a service, a key) and reports figures:
 * whether it ends, fails or is interrupted, it releases what it holds once, in reverse order, and
 * prints the figures it has.
 */
public abstract class ScratchBenchmark {

    /** The report, in the order the figures were measured. */
    protected final List<Figure> figures = new ArrayList<>();

    private final HeldResources held = new HeldResources();

    /**
     * Parses the arguments and runs the benchmark, then exits: 0 when it ran (a missed target is
     * not an error), 1 when it failed, 2 on wrong arguments.
     *
     * @param arguments the command line, or {@code --help}
     * @param usage     what {@code --help} and wrong arguments print
     * @param parse     turns the arguments into options; throws IllegalArgumentException on wrong ones
     * @param benchmark makes the benchmark for its options
     */
    protected static <O> void launch(String[] arguments, String usage, Function<String[], O> parse,
                                     Function<O, ScratchBenchmark> benchmark) {
        O options;
        try {
            if (arguments.length == 1 && arguments[0].equals("--help")) {
                System.out.print(usage);
                return;
            }
            options = parse.apply(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(usage);
            System.exit(2);
            return;
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.exit(benchmark.apply(options).run());
    }

    /** Measures, adding to {@link #figures} and {@link #hold holding} what must be released. */
    protected abstract void measure() throws Exception;

    /** @return the resource, released when the run ends, fails or is interrupted */
    protected <T extends AutoCloseable> T hold(T resource) {
        return held.hold(resource);
    }

    private int run() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::interrupted, "release"));
        try {
            measure();
            held.release();
            Figure.print(figures, System.out);
            return 0;
        } catch (Exception e) {
            held.release();
            Figure.print(figures, System.out);
            System.err.println("The benchmark failed: " + e.getMessage());
            return 1;
        } finally {
            held.release();
        }
    }

    private void interrupted() {
        if (!held.released()) {
            System.err.println("Interrupted: stopping the service and dropping the database.");
            held.release();
        }
    }

    /** @return where a service's output goes: {@code benchmark/target/<name>.log}, or a temporary file */
    protected static Path log(String name) throws IOException {
        return Files.isDirectory(Path.of("benchmark", "target"))
                ? Path.of("benchmark", "target", name + ".log")
                : Files.createTempFile("accord-" + name + "-", ".log");
    }

    /** @return e.g. {@code 12,345 events/s (8.1 s)} */
    public static String rate(long count, double seconds, String unit) {
        return String.format(Locale.ROOT, "%,.0f %s/s (%,.1f s)", count / seconds, unit, seconds);
    }

    /** @return e.g. {@code p50 1.23 / p99 4.56 / max 7.89 ms} */
    protected static String latencies(Latencies latencies) {
        return String.format(Locale.ROOT, "p50 %.2f / p99 %.2f / max %.2f ms", latencies.percentileMillis(50),
                latencies.percentileMillis(99), latencies.percentileMillis(100));
    }

    protected static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** @return CPU time per item in milliseconds; NaN when unknown */
    protected static double perItemMillis(long nanos, long items) {
        return nanos < 0 || items == 0 ? Double.NaN : nanos / 1e6 / items;
    }

    /** @return the cores that CPU time kept busy on average over the window; NaN when unknown */
    protected static double cores(long nanos, double seconds) {
        return nanos < 0 ? Double.NaN : nanos / 1e9 / seconds;
    }

    /** Other processes on the machine skew the figures; the load average makes that visible. */
    public static String load() {
        double average = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return average < 0 ? "" : String.format(Locale.ROOT, " (load average %.2f)", average);
    }
}
