package accord.benchmark.rebuild;

import accord.benchmark.Figure;
import accord.benchmark.Latencies;
import accord.benchmark.ScratchBenchmark;
import com.fasterxml.jackson.databind.JsonNode;
import accord.benchmark.ScratchKey;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Measures how fast the packaged service rebuilds every projection from a ledger of generated
 * events, against a raw paged JDBC read of the same events in the same run, and how fast it
 * answers a long history and agreement states. Prints a Markdown table of every figure with its
 * target. Exits 1 when anything failed (a wrong state after the rebuild included), 2 on bad
 * arguments; a missed target is reported, not an error.
 */
public final class RebuildBenchmark extends ScratchBenchmark {

    private static final double RATIO_TARGET = 0.15;
    private static final double HISTORY_TARGET_MILLIS = 50;
    private static final double STATE_TARGET_MILLIS = 10;
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(60);
    private static final int SPOT_CHECKS = 12;

    private final RebuildOptions options;

    private RebuildBenchmark(RebuildOptions options) {
        this.options = options;
    }

    /**
     * Runs the benchmark.
     *
     * @param arguments see {@link RebuildOptions#parse(String...)}, or {@code --help}
     */
    public static void main(String[] arguments) {
        launch(arguments, RebuildOptions.USAGE, RebuildOptions::parse, RebuildBenchmark::new);
    }

    @Override
    protected void measure() throws Exception {
        LedgerDatabase database = hold(LedgerDatabase.create(options));
        List<String> keyArguments = hold(ScratchKey.create()).serviceArguments();
        System.out.println(database.version() + " at " + database.url() + "; service " + options.jar()
                + " (java -Xmx" + options.heap() + " " + String.join(" ", options.serviceJvmArguments()) + ") "
                + String.join(" ", options.serviceArguments()));
        String admin = ServiceProcess.basic("admin", options.password());
        String reader = ServiceProcess.basic("clerk", options.password());

        System.out.println("creating the schema: starting the service once ...");
        try (ServiceProcess schema = ServiceProcess.start(options, database, keyArguments, log("rebuild-schema"))) {
            schema.awaitHealthy(admin);
        }

        System.out.printf(Locale.ROOT, "writing %,d notarised events into domain_event_entry and ledger_leaf%s ...%n",
                options.events(), load());
        List<Expectation> expectations;
        long head;
        double rawRate;
        try (Connection connection = database.connect()) {
            long start = System.nanoTime();
            expectations = new LedgerWriter(options).write(connection);
            double seconds = seconds(System.nanoTime() - start);
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze domain_event_entry");
                statement.execute("vacuum analyze ledger_leaf");
                var result = statement.executeQuery("select count(*), max(global_index) from domain_event_entry");
                result.next();
                if (result.getLong(1) != options.events()) {
                    throw new IllegalStateException("The ledger holds " + result.getLong(1) + " events, not "
                            + options.events());
                }
                head = result.getLong(2);
            }
            LedgerWriter.skipFirstCatchUp(connection, head);
            figures.add(Figure.info("ledger", String.format(Locale.ROOT, "%,d events, %,d agreements (one of %,d events)",
                    options.events(), expectations.size(), options.historyEvents())));
            figures.add(Figure.info("ledger written, notarised (JDBC batches)", rate(options.events(), seconds, "events")));

            System.out.println("reading the ledger raw over JDBC" + load() + " ...");
            RawRead.read(connection, Math.min(options.events(), 100_000));
            start = System.nanoTime();
            long rows = RawRead.read(connection, Long.MAX_VALUE);
            seconds = seconds(System.nanoTime() - start);
            if (rows != options.events()) {
                throw new IllegalStateException("The raw read saw " + rows + " rows, not " + options.events());
            }
            rawRate = rows / seconds;
            figures.add(Figure.info("raw paged JDBC read, 1 connection", rate(rows, seconds, "rows")));
        }

        System.out.println("starting the service" + load() + " ...");
        ServiceProcess service = hold(ServiceProcess.start(options, database, keyArguments, log("rebuild-service")));
        service.awaitHealthy(admin);
        ProcessorWatch watch = new ProcessorWatch(service, admin);
        List<String> processors = watch.names();
        watch.awaitCaughtUp(processors, head, Duration.ofMinutes(1));
        // The signer builds the tree over the written leaves at start; let it finish before measuring.
        service.awaitCheckpoint(options.events(), admin, CATCH_UP_LIMIT);

        System.out.println("rebuilding " + String.join(", ", processors) + " together" + load() + " ...");
        long start = System.nanoTime();
        for (String processor : processors) {
            watch.rebuild(processor);
        }
        double rebuildSeconds = seconds(watch.awaitCaughtUp(processors, head, CATCH_UP_LIMIT) - start);
        double rebuildRate = options.events() / rebuildSeconds;
        figures.add(new Figure("rebuild of all " + processors.size() + " projections",
                rate(options.events(), rebuildSeconds, "events"),
                String.format(Locale.ROOT, ">= %,.0f events/s (0.15 x raw)", RATIO_TARGET * rawRate),
                rebuildRate >= RATIO_TARGET * rawRate));
        figures.add(new Figure("ratio rebuild / raw read", String.format(Locale.ROOT, "%.3f", rebuildRate / rawRate),
                ">= 0.15", rebuildRate / rawRate >= RATIO_TARGET));

        ReadProbe probe = new ReadProbe(service, reader);
        check(probe, expectations);

        System.out.println("timing the history of " + LedgerWriter.HISTORY_AGREEMENT + load() + " ...");
        Latencies history = probe.sequentialHistory(LedgerWriter.HISTORY_AGREEMENT, options.historyEvents(), 50,
                options.historyRequests());
        double historyP99 = history.percentileMillis(99);
        figures.add(new Figure(String.format(Locale.ROOT, "history p99, %,d events, limit=%d, %d sequential",
                options.historyEvents(), options.historyEvents(), history.count()),
                millis(historyP99) + " (p50 " + millis(history.percentileMillis(50)) + ")",
                "<= 50 ms", historyP99 <= HISTORY_TARGET_MILLIS));

        System.out.printf(Locale.ROOT, "reading states at %d/s for %d s%s ...%n", options.stateRate(),
                options.stateSeconds(), load());
        List<String> ids = expectations.stream().map(Expectation::agreementId).toList();
        probe.pacedStates(ids, options.stateRate(), Math.min(5, options.stateSeconds()));
        Latencies states = probe.pacedStates(ids, options.stateRate(), options.stateSeconds());
        double stateP99 = states.percentileMillis(99);
        figures.add(new Figure(String.format(Locale.ROOT, "state p99 at %d/s, %d requests", options.stateRate(),
                states.count()), millis(stateP99) + " (p50 " + millis(states.percentileMillis(50)) + ")",
                "<= 10 ms", stateP99 <= STATE_TARGET_MILLIS));

        if (options.perProcessor()) {
            for (String processor : processors) {
                System.out.println("rebuilding " + processor + " alone" + load() + " ...");
                start = System.nanoTime();
                watch.rebuild(processor);
                double seconds = seconds(watch.awaitCaughtUp(List.of(processor), head, CATCH_UP_LIMIT) - start);
                figures.add(Figure.info("rebuild of " + processor + " alone", rate(options.events(), seconds, "events")));
            }
            check(probe, expectations);
        }
    }

    /** Compares a sample of states (the long history, the first, the last and random others) with the ledger. */
    private void check(ReadProbe probe, List<Expectation> expectations) throws Exception {
        List<Expectation> sample = new ArrayList<>(List.of(expectations.get(0), expectations.get(1),
                expectations.get(expectations.size() - 1)));
        SplittableRandom random = new SplittableRandom();
        while (sample.size() < SPOT_CHECKS) {
            sample.add(expectations.get(random.nextInt(expectations.size())));
        }
        List<String> wrong = new ArrayList<>();
        for (Expectation expected : sample) {
            for (String difference : expected.differences(probe.state(expected.agreementId()))) {
                wrong.add(expected.agreementId() + ": " + difference);
            }
        }
        JsonNode history = probe.history(LedgerWriter.HISTORY_AGREEMENT, options.historyEvents());
        if (history.path("entries").size() != options.historyEvents()) {
            wrong.add(LedgerWriter.HISTORY_AGREEMENT + ": history of " + history.path("entries").size()
                    + " entries instead of " + options.historyEvents());
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("The rebuilt read side is wrong:\n  " + String.join("\n  ", wrong));
        }
        System.out.println("spot check passed: " + sample.size() + " states and the long history match the ledger");
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }
}
