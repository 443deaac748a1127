package accord.benchmark;

import java.util.ArrayList;
import java.util.List;
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
}
