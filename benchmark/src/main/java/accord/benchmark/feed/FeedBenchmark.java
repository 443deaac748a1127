package accord.benchmark.feed;

import accord.benchmark.CpuMeter;
import accord.benchmark.CpuUse;
import accord.benchmark.Figure;
import accord.benchmark.HttpProbe;
import accord.benchmark.Latencies;
import accord.benchmark.ScratchBenchmark;
import accord.benchmark.ScratchDatabase;
import accord.benchmark.ledger.ScratchLedger;
import accord.benchmark.rebuild.ServiceProcess;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Measures the event feeds of the packaged service on one node, over a ledger of generated,
 * notarised events: how fast a new consumer catches up through {@code GET /events} (against a raw
 * JDBC read of the same rows by the same statement, in the same run), and how long an event takes
 * from its command to a client of {@code GET /events/stream} while a clerk records one command at a
 * time (against the command's own round trip, in the same run). Prints a Markdown table of every
 * figure with its target. Exits 1 when anything failed (an event missing, repeated or out of order
 * in either feed), 2 on bad arguments; a missed target is reported, not an error.
 */
public final class FeedBenchmark extends ScratchBenchmark {

    private static final double RECEIPT_P99_TARGET_MILLIS = 100;
    private static final Duration CHECKPOINT_LIMIT = Duration.ofMinutes(30);
    private static final Duration LAST_EVENT_LIMIT = Duration.ofSeconds(30);

    private final FeedOptions options;

    private FeedBenchmark(FeedOptions options) {
        this.options = options;
    }

    /**
     * Runs the benchmark.
     *
     * @param arguments see {@link FeedOptions#parse(String...)}, or {@code --help}
     */
    public static void main(String[] arguments) {
        launch(arguments, FeedOptions.USAGE, FeedOptions::parse, FeedBenchmark::new);
    }

    @Override
    protected void measure() throws Exception {
        int events = options.events();
        ScratchLedger ledger = hold(ScratchLedger.create(options.service(), "accord_feed"));
        String admin = ledger.authorization("admin");
        ledger.createSchema(log("feed-schema"));

        figures.addAll(ledger.write(events, (position, leafHash) -> { }).figures());

        System.out.println("starting the service" + load() + " ...");
        ServiceProcess service = hold(ledger.start(log("feed-service")));
        service.awaitHealthy(admin);
        // The signer builds the tree over the written leaves at start; let it finish before measuring.
        service.awaitCheckpoint(events, admin, CHECKPOINT_LIMIT);

        catchUp(service, ledger.database(), new HttpProbe(service.base(), ledger.authorization("integrator")));
        receipts(service, ledger);
    }

    /** The whole ledger read raw over JDBC, then through {@code /events}, each after a discarded pass over its start. */
    private void catchUp(ServiceProcess service, ScratchDatabase database, HttpProbe integrator) throws Exception {
        long events = options.events();
        int warmup = Math.min(options.catchUpWarmup(), options.events());
        EventPages pages = new EventPages(integrator);
        double rawRate;
        try (Connection connection = database.connect()) {
            long backend = ScratchDatabase.backendPid(connection);
            System.out.printf(Locale.ROOT, "catch-up: the first %,d events raw and through /events, discarded%s ...%n",
                    warmup, load());
            FeedRead.read(connection, events, warmup);
            pages.read(warmup);

            System.out.printf(Locale.ROOT, "catch-up: %,d events raw over JDBC%s ...%n", events, load());
            CpuMeter meter = new CpuMeter(OptionalLong.of(service.pid()), () -> Set.of(backend));
            meter.start();
            long start = System.nanoTime();
            long rows = FeedRead.read(connection, events, events);
            double seconds = seconds(System.nanoTime() - start);
            CpuUse cpu = meter.stop();
            if (rows != events) {
                throw new IllegalStateException("The raw read saw " + rows + " rows, not " + events);
            }
            rawRate = rows / seconds;
            figures.add(Figure.info("baseline: raw JDBC read of /events' rows (its statement, pages of 1,000, 1 connection)",
                    rate(rows, seconds, "rows")));
            figures.add(Figure.info("CPU in the raw read", String.format(Locale.ROOT,
                    "PostgreSQL backend %.1f µs a row, reader %.1f µs a row; other processes %.2f cores",
                    perItemMillis(cpu.database(), rows) * 1000, perItemMillis(cpu.generator(), rows) * 1000,
                    cores(cpu.others(), seconds))));
        }

        System.out.printf(Locale.ROOT, "catch-up: %,d events through GET /events%s ...%n", events, load());
        CpuMeter meter = new CpuMeter(OptionalLong.of(service.pid()), database::backends);
        meter.start();
        long start = System.nanoTime();
        EventPages.Pass pass = pages.read(events);
        double seconds = seconds(System.nanoTime() - start);
        CpuUse cpu = meter.stop();
        figures.add(Figure.info("catch-up through GET /events (limit=1000, Link rel=next, every page parsed)",
                rate(pass.events(), seconds, "events") + String.format(Locale.ROOT,
                        "; %,d pages, %,.0f bytes an event, every position once in order", pass.pages(),
                        (double) pass.bytes() / pass.events())));
        figures.add(Figure.info("ratio /events / raw read", String.format(Locale.ROOT, "%.2f",
                pass.events() / seconds / rawRate)));
        figures.add(Figure.info("CPU in the /events catch-up", String.format(Locale.ROOT,
                "service %.1f µs an event (%.2f cores), PostgreSQL %.1f µs, client %.1f µs; other processes %.2f cores",
                perItemMillis(cpu.service(), pass.events()) * 1000, cores(cpu.service(), seconds),
                perItemMillis(cpu.database(), pass.events()) * 1000, perItemMillis(cpu.generator(), pass.events()) * 1000,
                cores(cpu.others(), seconds))));
    }

    /**
     * One stream open on {@code after=now} while a clerk signs MoUs one at a time at a steady rate;
     * each event timed from its command's sending and from its answer to its arrival on the stream.
     */
    private void receipts(ServiceProcess service, ScratchLedger ledger) throws Exception {
        PacedSigning clerk = new PacedSigning(new HttpProbe(service.base(), ledger.authorization("clerk")));
        List<PacedSigning.Command> measured;
        CpuUse cpu;
        double window;
        try (StreamListener stream = StreamListener.open(service.base(), ledger.authorization("integrator"))) {
            System.out.printf(Locale.ROOT, "commit -> SSE receipt: %,d discarded, then %,d measured sign-mou commands"
                    + " at %d/s, one stream open%s ...%n", options.commandWarmup(), options.commands(), options.rate(),
                    load());
            List<PacedSigning.Command> warmup = clerk.sign(options.commandWarmup(), options.rate());
            CpuMeter meter = new CpuMeter(OptionalLong.of(service.pid()), ledger.database()::backends);
            meter.start();
            long start = System.nanoTime();
            measured = clerk.sign(options.commands(), options.rate());
            window = seconds(System.nanoTime() - start);
            cpu = meter.stop();
            long last = measured.get(measured.size() - 1).position();
            if (stream.awaitArrival(last, LAST_EVENT_LIMIT) < 0 || stream.failure() != null) {
                throw new IllegalStateException("The stream did not deliver position " + last + " in "
                        + LAST_EVENT_LIMIT.toSeconds() + " s" + (stream.failure() == null ? "" : ": " + stream.failure()));
            }
            long first = warmup.isEmpty() ? measured.get(0).position() : warmup.get(0).position();
            if (first != options.events() || last != first + options.commandWarmup() + options.commands() - 1
                    || stream.arrived() != options.commandWarmup() + options.commands()) {
                throw new IllegalStateException("The commands' events are at positions " + first + " to " + last
                        + " and the stream delivered " + stream.arrived() + " events, not one each from "
                        + options.events());
            }
            report(measured, stream, cpu, window);
        }
    }

    private void report(List<PacedSigning.Command> measured, StreamListener stream, CpuUse cpu, double window) {
        Latencies roundTrip = new Latencies();
        Latencies upperBound = new Latencies();
        Latencies afterAnswer = new Latencies();
        int early = 0;
        for (PacedSigning.Command command : measured) {
            long received = stream.arrivedAt(command.position());
            roundTrip.add(command.answered() - command.sent());
            upperBound.add(received - command.sent());
            afterAnswer.add(received - command.answered());
            early += received < command.answered() ? 1 : 0;
        }
        int count = measured.size();
        figures.add(Figure.info(String.format(Locale.ROOT,
                "baseline: command round trip, POST sign-mou (answered - sent), %,d at %d/s, 1 connection", count,
                options.rate()), latencies(roundTrip)));
        double p99 = upperBound.percentileMillis(99);
        figures.add(new Figure("commit -> SSE receipt, upper bound: received - sent (the command included)",
                latencies(upperBound), "p99 <= 100 ms", p99 <= RECEIPT_P99_TARGET_MILLIS));
        figures.add(Figure.info("commit -> SSE receipt after the answer: received - answered",
                latencies(afterAnswer) + String.format(Locale.ROOT, "; %,d of %,d arrived before their answer",
                        early, count)));
        figures.add(Figure.info("ratio (received - sent) / round trip", String.format(Locale.ROOT, "p50 %.2f, p99 %.2f",
                upperBound.percentileMillis(50) / roundTrip.percentileMillis(50), p99 / roundTrip.percentileMillis(99))));
        figures.add(Figure.info("events on the stream", String.format(Locale.ROOT,
                "%,d, one for each command, each once, in position order", stream.arrived())));
        figures.add(Figure.info("CPU per command in the stream window", String.format(Locale.ROOT,
                "service %.2f ms, PostgreSQL %.2f ms, client %.2f ms; other processes %.2f cores",
                perItemMillis(cpu.service(), count), perItemMillis(cpu.database(), count),
                perItemMillis(cpu.generator(), count), cores(cpu.others(), window))));
    }
}
